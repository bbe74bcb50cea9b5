package dev.b24kit.testportal.internal.crm.universal;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.UfNames;

/**
 * Field names of one entity type as crm.item reads and writes them (§9.3). Output keys are the
 * camelCase names, except user fields with {@code useOriginalUfNames=Y} ({@code UF_CRM_…}); system fields
 * stay camelCase either way. Input accepts both spellings, as the converter does once its cache is seeded
 * with the entity's UPPER names: the camelCase name, the exact UPPER code ({@code STAGE_ID},
 * {@code UF_CRM_1721244482250}), or a camelCase name that converts to a known code. Fields crm.item does
 * not expose (no crm.item name; the multi-fields, which crm.item shows as {@code fm}) resolve to nothing.
 */
record ItemNames(EntityType type, boolean originalUfNames) {

    /** The field a key names, or null. */
    FieldDef resolve(String key) {
        FieldDef field = type.schema().byItemName(key);
        if (field == null) {
            FieldDef byCode = type.schema().byCode(key);
            field = byCode != null && byCode.code().equals(key) ? byCode : null;
        }
        if (field == null) {
            String upper = UfNames.toUpper(key);
            FieldDef converted = type.schema().byCode(upper);
            field = converted != null && converted.code().equals(upper) ? converted : null;
        }
        return exposed(field) ? field : null;
    }

    /** The key a field is shown under. */
    String key(FieldDef field) {
        return originalUfNames && field.dynamic() ? field.code() : field.itemName();
    }

    static boolean exposed(FieldDef field) {
        return field != null && field.itemName() != null && field.type() != FieldType.CRM_MULTIFIELD;
    }
}
