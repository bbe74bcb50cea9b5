package dev.b24kit.testportal.internal.crm;

import java.util.Map;
import java.util.Objects;

/**
 * A field of a CRM entity type, with both of its spellings: the legacy UPPER code ({@code STAGE_ID},
 * {@code UF_CRM_1721244482250}) and the crm.item name ({@code stageId}, {@code ufCrm_1721244482250}).
 * Immutable; a user field's definition is replaced when the user field changes.
 *
 * @param code        UPPER code, as legacy methods spell it
 * @param itemName    crm.item camelCase name; null when crm.item does not expose the field
 * @param type        the field type
 * @param required    {@code isRequired}
 * @param readOnly    {@code isReadOnly}: dropped on add and update (§8)
 * @param immutable   {@code isImmutable}: dropped on update (§8)
 * @param multiple    {@code isMultiple}: values are lists
 * @param title       the title; for user fields the legacy title is the code (§7.3)
 * @param statusType  {@code statusType} of a {@code crm_status} field ({@code DEAL_STAGE}, {@code SOURCE}); else null
 * @param legacy      whether legacy {@code crm.*.fields} lists it (crm.item-only fields say false)
 * @param deprecated  {@code isDeprecated}
 * @param userField   the user field behind a {@code UF_*} field, else null
 * @param settings    {@code settings} of the field description (e.g. {@code parentEntityTypeId}); may be empty
 */
public record FieldDef(String code, String itemName, FieldType type, boolean required, boolean readOnly,
                       boolean immutable, boolean multiple, String title, String statusType, boolean legacy,
                       boolean deprecated, UserField userField, Map<String, Object> settings) {

    public FieldDef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        settings = settings == null ? Map.of() : settings;
    }

    /** A plain writable system field. */
    public static FieldDef system(String code, String itemName, FieldType type, String title) {
        return new FieldDef(code, itemName, type, false, false, false, false, title, null, true, false, null, Map.of());
    }

    /** Whether this is a user field ({@code isDynamic}). */
    public boolean dynamic() {
        return userField != null;
    }

    public FieldDef asRequired() {
        return new FieldDef(code, itemName, type, true, readOnly, immutable, multiple, title, statusType, legacy,
                deprecated, userField, settings);
    }

    public FieldDef asReadOnly() {
        return new FieldDef(code, itemName, type, required, true, immutable, multiple, title, statusType, legacy,
                deprecated, userField, settings);
    }

    public FieldDef asImmutable() {
        return new FieldDef(code, itemName, type, required, readOnly, true, multiple, title, statusType, legacy,
                deprecated, userField, settings);
    }

    public FieldDef asMultiple() {
        return new FieldDef(code, itemName, type, required, readOnly, immutable, true, title, statusType, legacy,
                deprecated, userField, settings);
    }

    public FieldDef asDeprecated() {
        return new FieldDef(code, itemName, type, required, readOnly, immutable, multiple, title, statusType, legacy,
                true, userField, settings);
    }

    /** Not listed by legacy {@code crm.*.fields} (crm.item only). */
    public FieldDef itemOnly() {
        return new FieldDef(code, itemName, type, required, readOnly, immutable, multiple, title, statusType, false,
                deprecated, userField, settings);
    }

    public FieldDef withStatusType(String value) {
        return new FieldDef(code, itemName, type, required, readOnly, immutable, multiple, title, value, legacy,
                deprecated, userField, settings);
    }

    public FieldDef withSettings(Map<String, Object> value) {
        return new FieldDef(code, itemName, type, required, readOnly, immutable, multiple, title, statusType, legacy,
                deprecated, userField, value);
    }
}
