package dev.b24kit.testportal.internal.crm.legacy;

import java.util.List;
import java.util.stream.Collectors;

import dev.b24kit.testportal.internal.crm.EnumItem;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Status;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The errors of strict mode (§8): what a cloud portal would have dropped silently is refused instead,
 * with HTTP 400 and the error code {@value #CODE} (a code no real portal sends, so a client can tell a
 * strict-mode refusal from a real error), naming the field, the value and what would be accepted.
 */
final class StrictDrops {

    static final String CODE = "TESTPORTAL_STRICT_DROP";

    private StrictDrops() {
    }

    static RestError unknownField(String method, String entity, String name) {
        return error(method + ": field '" + name + "' does not exist on " + entity + "; a cloud portal ignores it."
                + " Known fields: see crm." + entity.toLowerCase(java.util.Locale.ROOT) + ".fields");
    }

    static RestError readOnly(String method, FieldDef field, Object value) {
        return error(method + ": field '" + field.code() + "' is read-only; the value '" + text(value)
                + "' would be ignored by a cloud portal");
    }

    static RestError immutable(String method, FieldDef field, Object value) {
        return error(method + ": field '" + field.code() + "' cannot change after creation; the value '" + text(value)
                + "' would be ignored by a cloud portal" + (field.code().equals("CATEGORY_ID")
                ? " (move a deal to another pipeline with crm.item.update)" : ""));
    }

    static RestError enumValue(String method, FieldDef field, Object value, List<EnumItem> items) {
        String accepted = items.stream().map(i -> i.id() + " (" + i.value() + ")").collect(Collectors.joining(", "));
        return error(method + ": field '" + field.code() + "' takes enumeration item IDs; '" + text(value)
                + "' is not one of them and would be ignored by a cloud portal. Accepted: "
                + (accepted.isEmpty() ? "none (the field has no items)" : accepted));
    }

    static RestError stage(String method, FieldDef field, Object value, String pipeline, List<Status> stages) {
        String accepted = stages.stream().map(Status::statusId).collect(Collectors.joining(", "));
        return error(method + ": '" + text(value) + "' is not a stage of " + pipeline + " (field '" + field.code()
                + "'); a cloud portal's answer to this is not known, the test portal drops it by default. Accepted: "
                + accepted);
    }

    static RestError category(String method, FieldDef field, Object value, String accepted) {
        return error(method + ": field '" + field.code() + "': pipeline '" + text(value) + "' does not exist and would"
                + " be ignored. Accepted: " + accepted);
    }

    private static String text(Object value) {
        String text = String.valueOf(value);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static RestError error(String description) {
        return new RestError(400, CODE, description);
    }
}
