package dev.b24kit.testportal.internal.crm.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.EnumItem;
import dev.b24kit.testportal.internal.crm.UserField;
import dev.b24kit.testportal.internal.crm.UserFields;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.{entity}.userfield.add|get|list|update|delete} (§7.5). Rows carry every value as a
 * string; labels are language maps in {@code get}, and in {@code list} only when {@code filter[LANG]}
 * is given (then strings of that language, {@code null} when empty), as the docs describe; {@code LIST}
 * holds the enumeration items ({@code ID}, {@code SORT}, {@code VALUE}, {@code DEF}, {@code XML_ID}).
 * {@code list} filters by equality on its documented fields and orders by {@code SORT}, {@code ID}
 * unless told otherwise; it answers {@code total} and no {@code next}.
 */
final class UserFieldMethods {

    private static final List<String> FILTERABLE = List.of("ID", "FIELD_NAME", "USER_TYPE_ID", "XML_ID", "SORT",
            "MULTIPLE", "MANDATORY", "SHOW_FILTER", "SHOW_IN_LIST", "EDIT_IN_LIST", "IS_SEARCHABLE");

    private final LegacyEntity entity;

    UserFieldMethods(LegacyEntity entity) {
        this.entity = entity;
    }

    void register(MethodTable methods) {
        methods.add(MethodSpec.write(entity.method("userfield.add"), "crm", this::add));
        methods.add(MethodSpec.read(entity.method("userfield.get"), "crm", this::get));
        methods.add(MethodSpec.read(entity.method("userfield.list"), "crm", this::list));
        methods.add(MethodSpec.write(entity.method("userfield.update"), "crm", this::update));
        methods.add(MethodSpec.write(entity.method("userfield.delete"), "crm", this::delete));
    }

    private Object add(Call call) {
        Map<String, Object> fields = LegacyParams.required(call, "fields");
        return UserFields.add(call.portal().crm(), type(call), fields).id();
    }

    private Object get(Call call) {
        long id = LegacyParams.id(call);
        UserField field = UserFields.find(type(call), id);
        if (field == null) {
            throw new RestError(400, "ERROR_NOT_FOUND", "The entity with ID '" + id + "' is not found");
        }
        return row(field, null, true);
    }

    private Object update(Call call) {
        long id = LegacyParams.id(call);
        Map<String, Object> fields = LegacyParams.required(call, "fields");
        UserFields.update(call.portal().crm(), type(call), id, fields);
        return true;
    }

    private Object delete(Call call) {
        long id = LegacyParams.id(call);
        UserFields.delete(call.portal().crm(), type(call), id);
        return true;
    }

    private Object list(Call call) {
        Map<String, Object> order = LegacyParams.optional(call, "order");
        Map<String, Object> filter = LegacyParams.optional(call, "filter");
        Object lang = PhpArrays.getIgnoreCase(filter, "LANG");
        String language = lang == null ? null : PhpArrays.string(lang).toLowerCase(Locale.ROOT);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UserField field : UserFields.of(type(call))) {
            Map<String, Object> row = row(field, language, false);
            if (DictionaryRows.matches(row, filter, FILTERABLE)) {
                rows.add(row);
            }
        }
        rows.sort(comparator(order));
        return new Paged(rows, (long) rows.size(), null);
    }

    private static Comparator<Map<String, Object>> comparator(Map<String, Object> order) {
        Map<String, Object> terms = order.isEmpty() ? Map.of("SORT", "ASC", "ID", "ASC") : order;
        Comparator<Map<String, Object>> comparator = (a, b) -> 0;
        for (Map.Entry<String, Object> term : terms.entrySet()) {
            String key = term.getKey().toUpperCase(Locale.ROOT);
            boolean numeric = key.equals("ID") || key.equals("SORT");
            Comparator<Map<String, Object>> byKey = numeric
                    ? Comparator.comparingLong(row -> Long.parseLong((String) row.get(key)))
                    : Comparator.comparing(row -> String.valueOf(row.get(key)));
            boolean descending = PhpArrays.string(term.getValue()).trim().equalsIgnoreCase("DESC");
            comparator = comparator.thenComparing(descending ? byKey.reversed() : byKey);
        }
        return comparator;
    }

    /** A user field as get (all languages) or list (one language or none) shows it. */
    static Map<String, Object> row(UserField field, String language, boolean allLanguages) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", Long.toString(field.id()));
        row.put("ENTITY_ID", field.entityId());
        row.put("FIELD_NAME", field.fieldName());
        row.put("USER_TYPE_ID", field.userTypeId());
        row.put("XML_ID", field.xmlId());
        row.put("SORT", Integer.toString(field.sort()));
        row.put("MULTIPLE", yn(field.multiple()));
        row.put("MANDATORY", yn(field.mandatory()));
        row.put("SHOW_FILTER", field.showFilter());
        row.put("SHOW_IN_LIST", yn(field.showInList()));
        row.put("EDIT_IN_LIST", yn(field.editInList()));
        row.put("IS_SEARCHABLE", yn(field.searchable()));
        row.put("SETTINGS", new LinkedHashMap<>(field.settings()));
        for (String kind : List.of("EDIT_FORM_LABEL", "LIST_COLUMN_LABEL", "LIST_FILTER_LABEL", "ERROR_MESSAGE",
                "HELP_MESSAGE")) {
            Map<String, String> labels = field.labels().getOrDefault(kind, Map.of());
            if (allLanguages) {
                row.put(kind, new LinkedHashMap<>(labels));
            } else if (language != null) {
                String text = labels.get(language);
                row.put(kind, text == null || text.isEmpty() ? null : text);
            }
        }
        if (field.userTypeId().equals("enumeration")) {
            row.put("LIST", items(field.items()));
        }
        return row;
    }

    private static List<Object> items(List<EnumItem> items) {
        List<Object> list = new ArrayList<>();
        for (EnumItem item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("ID", Long.toString(item.id()));
            row.put("SORT", Integer.toString(item.sort()));
            row.put("VALUE", item.value());
            row.put("DEF", yn(item.isDefault()));
            row.put("XML_ID", item.xmlId());
            list.add(row);
        }
        return list;
    }

    private static String yn(boolean value) {
        return value ? "Y" : "N";
    }

    private EntityType type(Call call) {
        return call.portal().crm().type(entity.entityTypeId());
    }
}
