package dev.b24kit.schema;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.b24kit.schema.internal.NameIndex;

/**
 * What the catalog knows of one entity type at one moment: its fields, pipelines with their stages,
 * and the {@code crm.status} lists its fields refer to. Immutable and thread-safe; a snapshot — ask
 * {@link FieldCatalog} for the current one.
 */
public final class EntitySchema {

    private final EntityType entity;
    private final List<FieldRef> fields;
    private final List<Pipeline> pipelines;
    private final Map<String, List<StatusItem>> statuses;
    private final ZoneOffset portalOffset;
    private final NameIndex index;

    /**
     * @param statuses     every {@code crm.status} list of the portal by {@code ENTITY_ID}
     * @param portalOffset the portal's UTC offset when it was loaded (dates are rendered in it, §7.2)
     */
    public EntitySchema(EntityType entity, List<FieldRef> fields, List<Pipeline> pipelines,
                        Map<String, List<StatusItem>> statuses, ZoneOffset portalOffset) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.fields = List.copyOf(fields);
        this.pipelines = List.copyOf(pipelines);
        this.statuses = Map.copyOf(statuses);
        this.portalOffset = Objects.requireNonNull(portalOffset, "portalOffset");
        this.index = new NameIndex(entity, this.fields);
    }

    public EntityType entity() {
        return entity;
    }

    /** Every field, in the portal's order. */
    public List<FieldRef> fields() {
        return fields;
    }

    /** The pipelines (deals and smart processes; a single pipeline 0 is not listed for the others). */
    public List<Pipeline> pipelines() {
        return pipelines;
    }

    /** A {@code crm.status} list by its {@code ENTITY_ID} ({@code SOURCE}, {@code DEAL_TYPE}); empty when unknown. */
    public List<StatusItem> statuses(String entityId) {
        return statuses.getOrDefault(entityId, List.of());
    }

    /** The portal's UTC offset when this snapshot was loaded. */
    public ZoneOffset portalOffset() {
        return portalOffset;
    }

    /**
     * The field named {@code name}: its UPPER or camel code or any of its labels, ignoring case,
     * surrounding and repeated whitespace (and ё/е); empty when none.
     *
     * @throws AmbiguousField when the name is a label of several fields
     */
    public Optional<FieldRef> find(String name) {
        return Optional.ofNullable(index.find(Objects.requireNonNull(name, "name")));
    }

    /**
     * As {@link #find}, refusing a name that names no field.
     *
     * @throws UnknownField   naming the closest fields
     * @throws AmbiguousField when the name is a label of several fields
     */
    public FieldRef field(String name) {
        FieldRef field = index.find(Objects.requireNonNull(name, "name"));
        if (field == null) {
            throw index.unknown(name);
        }
        return field;
    }

    @Override
    public String toString() {
        return "EntitySchema[" + entity.key() + ", " + fields.size() + " fields, " + pipelines.size() + " pipelines]";
    }
}
