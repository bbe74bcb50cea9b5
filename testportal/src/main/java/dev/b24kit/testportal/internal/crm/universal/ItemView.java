package dev.b24kit.testportal.internal.crm.universal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.crm.SmartProcessFields;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Renders records as crm.item shows them (§9.2): fields in schema order under their crm.item names,
 * native JSON values ({@link ItemValues}), the multi-fields together as {@code fm}
 * ({@code [{"id":101,"valueType":"WORK","value":"+7…","typeId":"PHONE"}]}) and {@code entityTypeId} at the
 * end — those two only for a full item ({@code get}, {@code add}, {@code update}, or {@code select *}),
 * as the docs' list sample with an explicit {@code select} has neither. A smart process's disabled fields
 * render as {@code null} ("Выключенные поля всегда отдают null").
 */
final class ItemView {

    /** Which fields a list answer carries: all of them, or the selected ones (ID always). */
    record Selection(Set<FieldDef> fields) {

        static final Selection ALL = new Selection(null);

        boolean all() {
            return fields == null;
        }

        boolean includes(FieldDef field) {
            return fields == null || fields.contains(field) || field.code().equals("ID");
        }

        /**
         * Reads {@code select}: names (either spelling) or {@code *}; empty means all. Unknown names and
         * {@code fm} are skipped ({@code fm} comes only with {@code *}, as documented).
         */
        static Selection parse(Object select, ItemNames names) {
            List<Object> entries = PhpArrays.values(select);
            if (entries.isEmpty()) {
                return ALL;
            }
            Set<FieldDef> fields = new LinkedHashSet<>();
            for (Object entry : entries) {
                String name = PhpArrays.string(entry).trim();
                if (name.equals("*")) {
                    return ALL;
                }
                FieldDef field = names.resolve(name);
                if (field != null) {
                    fields.add(field);
                }
            }
            return new Selection(fields);
        }
    }

    private ItemView() {
    }

    static Map<String, Object> render(EntityType type, Item item, ItemNames names, Selection selection, ZoneId zone) {
        Map<String, Object> out = PhpArrays.array();
        boolean fmDone = !selection.all() || !hasMultiFields(type);
        for (FieldDef field : type.schema().fields()) {
            if (!ItemNames.exposed(field) || !selection.includes(field)) {
                continue;
            }
            if (!fmDone && (field.dynamic() || field.code().startsWith("PARENT_ID_"))) {
                out.put("fm", fm(type, item));
                fmDone = true;
            }
            boolean enabled = !type.isSmartProcess() || SmartProcessFields.enabled(type.smartType(), field);
            out.put(names.key(field), enabled ? ItemValues.toJson(field, type.value(item, field), zone) : null);
        }
        if (!fmDone) {
            out.put("fm", fm(type, item));
        }
        if (selection.all()) {
            out.put("entityTypeId", (long) type.entityTypeId());
        }
        return out;
    }

    private static boolean hasMultiFields(EntityType type) {
        return type.schema().fields().stream().anyMatch(f -> f.type() == FieldType.CRM_MULTIFIELD);
    }

    private static List<Object> fm(EntityType type, Item item) {
        List<Object> values = new ArrayList<>();
        for (FieldDef field : type.schema().fields()) {
            if (field.type() == FieldType.CRM_MULTIFIELD && type.value(item, field) instanceof List<?> list) {
                for (Object element : list) {
                    MultiValue value = (MultiValue) element;
                    Map<String, Object> row = PhpArrays.array();
                    row.put("id", value.id());
                    row.put("valueType", value.valueType());
                    row.put("value", value.value());
                    row.put("typeId", value.typeId());
                    values.add(row);
                }
            }
        }
        return values;
    }
}
