package dev.b24kit.testportal.internal.crm.legacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.Dates;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Legacy wire values (§7.1, §7.2, §12.2) to and from the portal's one internal representation
 * ({@link FieldType}). Out: every scalar is a string ({@code "410"}, {@code "1000000.00"}), an empty
 * value is {@code null} ({@code ""} for dates), booleans of user fields are {@code "1"}/{@code "0"}
 * (§7.2 UNKNOWN, our choice), dates render per {@link Dates}, multi-field values as
 * {@code {ID, VALUE_TYPE, VALUE, TYPE_ID}}. In: values are coerced the way the REST proxy does
 * (PHP {@code intval}/{@code floatval}, strings as given, {@code Y}/{@code N}), and a value that
 * cannot be read (an unparsable date) is {@link #UNREADABLE}, which the caller drops silently.
 */
final class LegacyValues {

    /** Marks an input value the portal drops without a word (an unparsable date, §7.1). */
    static final Object UNREADABLE = new Object();

    private LegacyValues() {
    }

    // --- out ---

    static Object out(FieldDef field, Object value, ZoneId zone) {
        if (field.type() == FieldType.CRM_MULTIFIELD) {
            return multiValues(value);
        }
        if (field.multiple()) {
            List<Object> out = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    out.add(scalar(field, element, zone));
                }
            }
            return out;
        }
        return scalar(field, value, zone);
    }

    private static Object scalar(FieldDef field, Object value, ZoneId zone) {
        return switch (value) {
            case null -> field.type() == FieldType.DATE || field.type() == FieldType.DATETIME ? "" : null;
            case Instant instant -> Dates.renderDateTime(instant, zone);
            case LocalDate date -> Dates.renderDate(date, zone);
            case Boolean flag -> flag ? "1" : "0";
            case BigDecimal number -> field.dynamic() ? plain(number) : number.toPlainString();
            default -> value.toString();
        };
    }

    /** A user field's double as PHP prints a float: no trailing zeros, no exponent. */
    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static List<Object> multiValues(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object element : list) {
                MultiValue v = (MultiValue) element;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("ID", Long.toString(v.id()));
                row.put("VALUE_TYPE", v.valueType());
                row.put("VALUE", v.value());
                row.put("TYPE_ID", v.typeId());
                out.add(row);
            }
        }
        return out;
    }

    // --- in ---

    /**
     * An input value in the internal representation: null clears the field; {@link #UNREADABLE} means
     * "drop it". Enumeration values come back as item IDs without checking that the items exist.
     */
    static Object in(FieldDef field, Object input, ZoneId zone, boolean update) {
        if (field.type() == FieldType.CRM_MULTIFIELD) {
            return multiIn(field, input, update);
        }
        if (field.multiple()) {
            if (blank(input)) {
                return null;
            }
            List<Object> values = new ArrayList<>();
            for (Object element : PhpArrays.values(input)) {
                Object value = scalarIn(field, element, zone);
                if (value == UNREADABLE) {
                    return UNREADABLE;
                }
                if (value != null) {
                    values.add(value);
                }
            }
            return values.isEmpty() ? null : List.copyOf(values);
        }
        if (PhpArrays.isArray(input)) {
            List<Object> values = PhpArrays.values(input);
            return values.isEmpty() ? null : scalarIn(field, values.getFirst(), zone);
        }
        return scalarIn(field, input, zone);
    }

    private static Object scalarIn(FieldDef field, Object input, ZoneId zone) {
        if (blank(input)) {
            if (field.type() == FieldType.CHAR) {
                return "N";
            }
            return field.type() == FieldType.DOUBLE && !field.dynamic() ? BigDecimal.ZERO : null;
        }
        String text = PhpArrays.string(input).trim();
        return switch (field.type()) {
            case DOUBLE -> PhpArrays.floatval(text);
            case CHAR -> yes(input) ? "Y" : "N";
            case BOOLEAN -> yes(input);
            case DATE -> orUnreadable(Dates.parseDate(text, zone));
            case DATETIME -> orUnreadable(Dates.parseDateTime(text, zone));
            default -> field.type().holdsLong() ? PhpArrays.intval(text) : PhpArrays.string(input);
        };
    }

    private static List<MultiValue> multiIn(FieldDef field, Object input, boolean update) {
        List<MultiValue> values = new ArrayList<>();
        for (Object element : PhpArrays.values(input)) {
            Map<String, Object> entry = PhpArrays.asArray(element);
            if (entry == null) {
                continue; // a bare string is not a multi-field value; the proxy skips it
            }
            long id = update ? PhpArrays.intval(PhpArrays.string(PhpArrays.getIgnoreCase(entry, "ID"))) : 0;
            Object rawValue = PhpArrays.getIgnoreCase(entry, "VALUE");
            String value = rawValue == null ? null : PhpArrays.string(rawValue);
            if (yes(PhpArrays.getIgnoreCase(entry, "DELETE"))) {
                value = null;
            }
            Object valueType = PhpArrays.getIgnoreCase(entry, "VALUE_TYPE");
            values.add(new MultiValue(id, field.code(), valueType == null ? null : PhpArrays.string(valueType),
                    value));
        }
        return values;
    }

    private static Object orUnreadable(Object value) {
        return value == null ? UNREADABLE : value;
    }

    static boolean blank(Object input) {
        if (input == null || Boolean.FALSE.equals(input)) {
            return true;
        }
        if (PhpArrays.isArray(input)) {
            return PhpArrays.values(input).isEmpty();
        }
        return PhpArrays.string(input).isEmpty();
    }

    static boolean yes(Object input) {
        if (input == null) {
            return false;
        }
        String text = PhpArrays.string(input).trim().toLowerCase(Locale.ROOT);
        return text.equals("y") || text.equals("1") || text.equals("true") || text.equals("yes");
    }

    /** PHP {@code intval} of text: the leading integer, or 0. */
}
