package dev.b24kit.testportal.internal.crm.universal;

import java.util.List;
import java.util.function.Function;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.SmartType;
import dev.b24kit.testportal.internal.crm.UfNames;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The smart-process types seen as a table, so that {@code crm.type.list} filters, orders and pages them
 * with the same engine as records. Built per call (there are few types). Also resolves the field names
 * of {@code filter}/{@code order} as the D7 converter does: a camelCase name is converted to UPPER; a
 * name that is already UPPER is converted again, so {@code ID} becomes {@code I_D} — which the portal
 * answers with {@code {"error":100,"error_description":"Unknown field definition `I_D` (I_D) for
 * \Bitrix\Crm\Model\Dynamic\Type Entity."}} (§9.3, fast_bitrix24 #196).
 */
final class TypeTable {

    private static final String ENTITY = "\\Bitrix\\Crm\\Model\\Dynamic\\Type";

    private TypeTable() {
    }

    /** A table with one row per type (row ID = type ID). */
    static EntityType of(List<SmartType> types) {
        EntityType table = new EntityType(0, "CRM_TYPE", "", null);
        put(table, "ID", FieldType.INTEGER);
        put(table, "TITLE", FieldType.STRING);
        put(table, "CODE", FieldType.STRING);
        put(table, "CREATED_BY", FieldType.USER);
        put(table, "ENTITY_TYPE_ID", FieldType.INTEGER);
        put(table, "CUSTOM_SECTION_ID", FieldType.INTEGER);
        put(table, "IS_CATEGORIES_ENABLED", FieldType.CHAR);
        put(table, "IS_STAGES_ENABLED", FieldType.CHAR);
        for (String option : SmartType.OPTIONS) {
            put(table, TypeView.upper(option), FieldType.CHAR);
        }
        put(table, "CREATED_TIME", FieldType.DATETIME);
        put(table, "UPDATED_TIME", FieldType.DATETIME);
        put(table, "UPDATED_BY", FieldType.USER);
        for (SmartType type : types) {
            table.table().put(row(table, type));
        }
        return table;
    }

    private static Item row(EntityType table, SmartType type) {
        Item item = new Item(type.id(), table.schema().slotCount());
        table.set(item, "ID", type.id());
        table.set(item, "TITLE", type.title());
        table.set(item, "CODE", type.code());
        table.set(item, "CREATED_BY", type.createdBy());
        table.set(item, "ENTITY_TYPE_ID", (long) type.entityTypeId());
        table.set(item, "IS_CATEGORIES_ENABLED", D7.yn(type.categoriesEnabled()));
        table.set(item, "IS_STAGES_ENABLED", D7.yn(type.stagesEnabled()));
        for (String option : SmartType.OPTIONS) {
            table.set(item, TypeView.upper(option), D7.yn(type.enabled(option)));
        }
        table.set(item, "CREATED_TIME", type.createdTime());
        table.set(item, "UPDATED_TIME", type.updatedTime());
        table.set(item, "UPDATED_BY", type.updatedBy());
        return item;
    }

    /** Resolves a {@code filter}/{@code order} name; null for an unknown camelCase name. */
    static Function<String, FieldDef> resolver(EntityType table) {
        return name -> {
            FieldDef byName = table.schema().byItemName(name);
            if (byName != null) {
                return byName;
            }
            String upper = UfNames.toUpper(name);
            FieldDef field = table.schema().byCode(upper);
            if (field != null && field.code().equals(upper)) {
                return field;
            }
            if (!name.equals(name.toLowerCase(java.util.Locale.ROOT)) && name.equals(
                    name.toUpperCase(java.util.Locale.ROOT))) {
                throw new RestError(400, 100L, "Unknown field definition `" + upper + "` (" + upper + ") for " + ENTITY
                        + " Entity.");
            }
            return null;
        };
    }

    private static void put(EntityType table, String code, FieldType type) {
        table.schema().put(FieldDef.system(code, UfNames.toCamel(code), type, code));
    }
}
