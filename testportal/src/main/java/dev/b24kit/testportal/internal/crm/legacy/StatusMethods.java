package dev.b24kit.testportal.internal.crm.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.Status;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.MethodSpec;
import dev.b24kit.testportal.internal.rest.MethodTable;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * {@code crm.status.list|fields|get|add|update|delete} (§7.4). Rows: {@code ID}, {@code ENTITY_ID},
 * {@code STATUS_ID}, {@code NAME}, {@code NAME_INIT}, {@code SORT} (string), {@code SYSTEM},
 * {@code CATEGORY_ID} (null for the default pipeline), {@code COLOR}, {@code SEMANTICS}, and for stages
 * {@code EXTRA {SEMANTICS: process|success|failure|apology, COLOR}}. {@code list} filters by equality
 * on those fields, orders by {@code SORT} then {@code ID} unless told otherwise, answers {@code total}
 * and no {@code next}; a non-array filter or order is {@code Invalid parameters.} as the docs show it.
 */
final class StatusMethods {

    private static final List<String> FIELDS = List.of("ID", "ENTITY_ID", "STATUS_ID", "NAME", "NAME_INIT", "SORT",
            "SYSTEM", "CATEGORY_ID", "COLOR", "SEMANTICS");

    void register(MethodTable methods) {
        methods.add(MethodSpec.read("crm.status.list", "crm", this::list));
        methods.add(MethodSpec.read("crm.status.fields", "crm", call -> StatusFields.describe()));
        methods.add(MethodSpec.read("crm.status.get", "crm", this::get));
        methods.add(MethodSpec.write("crm.status.add", "crm", this::add));
        methods.add(MethodSpec.write("crm.status.update", "crm", this::update));
        methods.add(MethodSpec.write("crm.status.delete", "crm", this::delete));
    }

    private Object list(Call call) {
        Map<String, Object> filter = arrayOrInvalid(call.paramIgnoreCase("filter"));
        Map<String, Object> order = arrayOrInvalid(call.paramIgnoreCase("order"));
        CrmStore store = call.portal().crm();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Status status : store.statuses()) {
            Map<String, Object> row = row(store, status);
            if (DictionaryRows.matches(row, filter, FIELDS)) {
                rows.add(row);
            }
        }
        rows.sort(comparator(order));
        return new Paged(rows, (long) rows.size(), null);
    }

    private Object get(Call call) {
        return row(call.portal().crm(), require(call.portal().crm(), LegacyParams.id(call)));
    }

    private Object add(Call call) {
        Map<String, Object> fields = LegacyParams.required(call, "fields");
        String entityId = text(fields, "ENTITY_ID");
        String statusId = text(fields, "STATUS_ID");
        String name = text(fields, "NAME");
        if (entityId.isEmpty() || statusId.isEmpty() || name.isEmpty()) {
            throw RestError.legacy("The fields ENTITY_ID, STATUS_ID and NAME are required.");
        }
        CrmStore store = call.portal().crm();
        for (Status existing : store.statuses(entityId)) {
            if (existing.statusId().equalsIgnoreCase(statusId)) {
                throw RestError.legacy("Status with STATUS_ID '" + statusId + "' already exists in " + entityId + ".");
            }
        }
        int sort = (int) PhpArrays.intval(text(fields, "SORT").isEmpty() ? "10" : text(fields, "SORT"));
        String semantics = text(fields, "SEMANTICS").toUpperCase(Locale.ROOT);
        Long categoryId = categoryOf(entityId);
        String color = text(fields, "COLOR");
        return store.addStatus(entityId.toUpperCase(Locale.ROOT), statusId, name, sort, false, categoryId,
                color.isEmpty() ? null : color, semantics.equals("S") || semantics.equals("F") ? semantics : null).id();
    }

    private Object update(Call call) {
        CrmStore store = call.portal().crm();
        Status old = require(store, LegacyParams.id(call));
        Map<String, Object> fields = LegacyParams.required(call, "fields");
        String name = text(fields, "NAME");
        String sort = text(fields, "SORT");
        String color = text(fields, "COLOR");
        store.replaceStatus(new Status(old.id(), old.entityId(), old.statusId(), name.isEmpty() ? old.name() : name,
                old.nameInit(), sort.isEmpty() ? old.sort() : (int) PhpArrays.intval(sort), old.system(),
                old.categoryId(), color.isEmpty() ? old.color() : color, old.semantics()));
        return true;
    }

    private Object delete(Call call) {
        CrmStore store = call.portal().crm();
        Status status = require(store, LegacyParams.id(call));
        if (status.system()) {
            throw RestError.legacy("Can't delete system status");
        }
        store.removeStatus(status.id());
        return true;
    }

    static Map<String, Object> row(CrmStore store, Status status) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ID", Long.toString(status.id()));
        row.put("ENTITY_ID", status.entityId());
        row.put("STATUS_ID", status.statusId());
        row.put("NAME", status.name());
        row.put("NAME_INIT", status.nameInit());
        row.put("SORT", Integer.toString(status.sort()));
        row.put("SYSTEM", status.system() ? "Y" : "N");
        row.put("CATEGORY_ID", status.categoryId() == null ? null : status.categoryId().toString());
        row.put("COLOR", status.color());
        row.put("SEMANTICS", status.semantics());
        if (isStage(status.entityId())) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("SEMANTICS", extraSemantics(store, status));
            extra.put("COLOR", status.color());
            row.put("EXTRA", extra);
        }
        return row;
    }

    /** {@code process}, {@code success}, {@code failure} (the first failure stage) or {@code apology}. */
    private static String extraSemantics(CrmStore store, Status status) {
        if (status.semantics() == null) {
            return "process";
        }
        if (status.semantics().equals("S")) {
            return "success";
        }
        Status firstFailure = store.statuses(status.entityId()).stream()
                .filter(s -> "F".equals(s.semantics())).findFirst().orElse(status);
        return firstFailure.id() == status.id() ? "failure" : "apology";
    }

    private static boolean isStage(String entityId) {
        return entityId.equals("STATUS") || entityId.startsWith("DEAL_STAGE") || entityId.contains("_STAGE")
                || entityId.equals("QUOTE_STATUS");
    }

    private static Long categoryOf(String entityId) {
        String upper = entityId.toUpperCase(Locale.ROOT);
        if (upper.startsWith("DEAL_STAGE_")) {
            return PhpArrays.intval(upper.substring("DEAL_STAGE_".length()));
        }
        int stage = upper.lastIndexOf("_STAGE_");
        return upper.startsWith("DYNAMIC_") && stage > 0 ? PhpArrays.intval(upper.substring(stage + 7)) : null;
    }

    private static Comparator<Map<String, Object>> comparator(Map<String, Object> order) {
        Map<String, Object> terms = order.isEmpty() ? Map.of("SORT", "ASC") : order;
        Comparator<Map<String, Object>> comparator = (a, b) -> 0;
        for (Map.Entry<String, Object> term : terms.entrySet()) {
            String key = term.getKey().toUpperCase(Locale.ROOT);
            if (!FIELDS.contains(key)) {
                continue;
            }
            boolean numeric = key.equals("ID") || key.equals("SORT") || key.equals("CATEGORY_ID");
            Comparator<Map<String, Object>> byKey = numeric
                    ? Comparator.comparingLong(row -> row.get(key) == null ? -1 : Long.parseLong((String) row.get(key)))
                    : Comparator.comparing(row -> String.valueOf(row.get(key)));
            boolean descending = PhpArrays.string(term.getValue()).trim().equalsIgnoreCase("DESC");
            comparator = comparator.thenComparing(descending ? byKey.reversed() : byKey);
        }
        return comparator.thenComparingLong(row -> Long.parseLong((String) row.get("ID")));
    }

    private static Map<String, Object> arrayOrInvalid(Object value) {
        if (value == null || (value instanceof String text && text.isEmpty())) {
            return PhpArrays.array();
        }
        Map<String, Object> array = PhpArrays.asArray(value);
        if (array == null) {
            throw new RestError(400, "Invalid parameters.", "Переданы некорректные параметры.");
        }
        return array;
    }

    private static Status require(CrmStore store, long id) {
        for (Status status : store.statuses()) {
            if (status.id() == id) {
                return status;
            }
        }
        throw RestError.legacy("Not found");
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = PhpArrays.getIgnoreCase(fields, name);
        return value == null ? "" : PhpArrays.string(value).trim();
    }
}
