package dev.b24kit.testportal.internal.crm.query;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Turns a {@code filter} parameter into a {@link Filter} (§6.4). Keys are an operator prefix plus a
 * field name, resolved by the caller's resolver (UPPER codes for legacy methods, camelCase for
 * crm.item). An array value means "any of" for {@code =}/{@code @} and "none of" for {@code !}/{@code !@}.
 * An empty string (or null, or {@code false}) asks for an empty field. crm.item's OR groups are nested
 * arrays with {@code logic: "OR"} (or {@code "AND"}).
 */
public final class FilterParser {

    private FilterParser() {
    }

    public static Filter parse(Object filter, Function<String, FieldDef> resolver, Dialect dialect, ZoneId zone) {
        Map<String, Object> array = PhpArrays.asArray(filter);
        if (array == null) {
            return Filter.ALL;
        }
        return group(array, resolver, dialect, zone, "AND");
    }

    private static Filter group(Map<String, Object> array, Function<String, FieldDef> resolver, Dialect dialect,
                                ZoneId zone, String logic) {
        List<Filter> parts = new ArrayList<>();
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equalsIgnoreCase("logic")) {
                continue;
            }
            if (dialect == Dialect.ITEM && PhpArrays.isIntegerKey(key) && value instanceof Map<?, ?> nested) {
                Map<String, Object> sub = PhpArrays.asArray(nested);
                Object subLogic = PhpArrays.getIgnoreCase(sub, "logic");
                String mode = subLogic == null ? "AND" : PhpArrays.string(subLogic).toUpperCase(Locale.ROOT);
                parts.add(group(sub, resolver, dialect, zone, mode));
                continue;
            }
            Filter condition = condition(key, value, resolver, dialect, zone);
            if (condition != null) {
                parts.add(condition);
            }
        }
        return "OR".equals(logic) ? new Filter.Or(parts) : new Filter.And(parts);
    }

    private static Filter condition(String key, Object value, Function<String, FieldDef> resolver, Dialect dialect,
                                    ZoneId zone) {
        Op.Split split = Op.split(key);
        FieldDef field = split == null ? null : resolver.apply(split.field());
        if (field == null) {
            if (dialect == Dialect.ITEM) {
                String name = split == null ? key : split.field();
                throw RestError.of("INVALID_ARG_VALUE", "Invalid filter: field '" + name + "' is not allowed in filter");
            }
            return null; // legacy lists ignore what they do not know
        }
        List<Object> values = new ArrayList<>();
        boolean isArray = PhpArrays.isArray(value);
        for (Object element : PhpArrays.values(value)) {
            Comparable<?> wanted = Values.ofInput(field.type(), element, zone);
            if (wanted == null && dialect == Dialect.ITEM && element != null && !PhpArrays.string(element).isEmpty()) {
                // an unreadable date: crm.item refuses it, legacy lists match nothing with it
                throw RestError.of("INVALID_ARG_VALUE", "Invalid filter: field '" + split.field() + "' has invalid value");
            }
            values.add(wanted);
        }
        boolean empty = !isArray && (value == null || Boolean.FALSE.equals(value) || PhpArrays.string(value).isEmpty());
        Op op = split.op();
        return new Filter.Condition(field, op, values, empty);
    }
}
