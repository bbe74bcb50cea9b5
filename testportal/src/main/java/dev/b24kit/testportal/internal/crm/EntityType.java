package dev.b24kit.testportal.internal.crm;

/**
 * A CRM entity type and its records: lead (1), deal (2), contact (3), company (4), or a smart process
 * (≥ 128, §9.1). Not thread-safe; guarded by the portal state lock.
 *
 * @see CrmStore
 */
public final class EntityType {

    public static final int LEAD = 1;
    public static final int DEAL = 2;
    public static final int CONTACT = 3;
    public static final int COMPANY = 4;

    private final int entityTypeId;
    private final String name;
    private final String ufEntityId;
    private final Schema schema = new Schema();
    private final Table table = new Table();
    private SmartType smartType;

    public EntityType(int entityTypeId, String name, String ufEntityId, SmartType smartType) {
        this.entityTypeId = entityTypeId;
        this.name = name;
        this.ufEntityId = ufEntityId;
        this.smartType = smartType;
    }

    /** 1, 2, 3, 4, or the smart process's entityTypeId. */
    public int entityTypeId() {
        return entityTypeId;
    }

    /** {@code LEAD}, {@code DEAL}, {@code CONTACT}, {@code COMPANY}, {@code DYNAMIC_{id}}. */
    public String name() {
        return name;
    }

    /** {@code CRM_DEAL}, …, {@code CRM_{typeId}} for smart processes (§7.5). */
    public String ufEntityId() {
        return ufEntityId;
    }

    public Schema schema() {
        return schema;
    }

    public Table table() {
        return table;
    }

    /** The smart-process type, or null for leads, deals, contacts and companies. */
    public SmartType smartType() {
        return smartType;
    }

    public boolean isSmartProcess() {
        return smartType != null;
    }

    /** Replaces the settings of a smart process (crm.type.update); the type stays a smart process. */
    public void smartType(SmartType value) {
        if (smartType == null || value == null || value.entityTypeId() != entityTypeId) {
            throw new IllegalArgumentException("not the smart type of " + name);
        }
        this.smartType = value;
    }

    /** A new empty record with the next ID. */
    public Item newItem() {
        return new Item(table.nextId(), schema.slotCount());
    }

    /** The value of a field of a record. */
    public Object value(Item item, FieldDef field) {
        return item.get(schema.slot(field));
    }

    /** The value of a field by UPPER code, null when the field is unknown or empty. */
    public Object value(Item item, String code) {
        FieldDef field = schema.byCode(code);
        return field == null ? null : item.get(schema.slot(field));
    }

    public void set(Item item, FieldDef field, Object value) {
        item.set(schema.slot(field), value);
    }

    public void set(Item item, String code, Object value) {
        FieldDef field = schema.byCode(code);
        if (field == null) {
            throw new IllegalArgumentException(name + " has no field " + code);
        }
        item.set(schema.slot(field), value);
    }
}
