package dev.b24kit.testportal.internal.crm;

/**
 * A change to a user field's definition (not to a value in a record), reported to {@link CrmStore}
 * user-field listeners: it raises {@code ONCRMDEALUSERFIELDADD} and the like (§10.1).
 *
 * @param entityTypeId  1..4 or a smart process's
 * @param fieldId       the user field's {@code ID}
 * @param ufEntityId    {@code CRM_DEAL}, {@code CRM_7}, …
 * @param fieldName     {@code UF_CRM_…}
 * @param kind          what happened; {@code SETENUMVALUES} when an enumeration's item list was given
 */
public record UserFieldChange(int entityTypeId, long fieldId, String ufEntityId, String fieldName, Kind kind) {

    public enum Kind { ADD, UPDATE, DELETE, SETENUMVALUES }

    /** The change of {@code field} on {@code type}. */
    public static UserFieldChange of(EntityType type, UserField field, Kind kind) {
        return new UserFieldChange(type.entityTypeId(), field.id(), field.entityId(), field.fieldName(), kind);
    }
}
