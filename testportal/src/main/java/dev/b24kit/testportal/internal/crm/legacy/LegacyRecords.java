package dev.b24kit.testportal.internal.crm.legacy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Legacy records as {@code crm.*.get} and {@code crm.*.list} show them (§6.4, §7.2): all values
 * strings or null; multi-fields ({@code PHONE}, …) only when they have values (get) or are named in
 * {@code select} (list); the multiple link lists ({@code CONTACT_IDS}, {@code COMPANY_IDS}, a
 * company's {@code CONTACT_ID}) never, as the docs say they are not available in get and list.
 */
final class LegacyRecords {

    private LegacyRecords() {
    }

    /** The fields {@code crm.*.get} returns, in schema order. */
    static List<FieldDef> all(EntityType type) {
        List<FieldDef> fields = new ArrayList<>();
        for (FieldDef field : type.schema().fields()) {
            if (field.legacy() && !writeOnly(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The fields a list {@code select} names, in its order: {@code *} = the standard fields without
     * multi-fields, {@code UF_*} = the user fields, other entries by code (case-insensitive; unknown
     * ones ignored). An absent or empty select means {@code *} and {@code UF_*} (the current docs'
     * default; §13 UNKNOWN whether live portals still answer {@code *} only).
     */
    static List<FieldDef> selection(EntityType type, Object select) {
        List<Object> names = new ArrayList<>(PhpArrays.values(select));
        names.removeIf(name -> PhpArrays.isArray(name) || PhpArrays.string(name).isBlank());
        if (names.isEmpty()) {
            names = List.of("*", "UF_*");
        }
        Set<FieldDef> fields = new LinkedHashSet<>();
        for (Object entry : names) {
            String name = PhpArrays.string(entry).trim();
            if (name.equals("*")) {
                all(type).stream().filter(f -> !f.dynamic() && f.type() != FieldType.CRM_MULTIFIELD).forEach(fields::add);
            } else if (name.equalsIgnoreCase("UF_*")) {
                fields.addAll(type.schema().userFields());
            } else {
                FieldDef field = type.schema().byCode(name);
                if (field != null && field.legacy() && !writeOnly(field)) {
                    fields.add(field);
                }
            }
        }
        return List.copyOf(fields);
    }

    /** One record with the given fields; multi-fields without values are left out. */
    static Map<String, Object> render(EntityType type, Item item, List<FieldDef> fields, ZoneId zone) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (FieldDef field : fields) {
            Object value = type.value(item, field);
            if (field.type() == FieldType.CRM_MULTIFIELD && !(value instanceof List<?> list && !list.isEmpty())) {
                continue;
            }
            row.put(field.code(), LegacyValues.out(field, value, zone));
        }
        return row;
    }

    /** Multiple links of system fields are written through the legacy API but never shown by it. */
    static boolean writeOnly(FieldDef field) {
        return !field.dynamic() && field.multiple() && field.type() != FieldType.CRM_MULTIFIELD;
    }
}
