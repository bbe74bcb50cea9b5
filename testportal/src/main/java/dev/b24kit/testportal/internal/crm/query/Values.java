package dev.b24kit.testportal.internal.crm.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import dev.b24kit.testportal.internal.crm.Dates;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.crm.MultiValue;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Comparable keys for filtering and sorting. Stored values and filter input are both turned into the
 * same key type per field type: numbers → {@code BigDecimal} (PHP {@code intval}/{@code floatval} on
 * text, so {@code "12abc"} is 12 and {@code "abc"} is 0, as MySQL casts); text → lower case (MySQL's
 * case-insensitive collation); booleans → {@code Boolean} ({@code 1}/{@code Y}/{@code true});
 * dates → {@code LocalDate}; datetimes → {@code Instant}. A stored value that is empty has the key null.
 */
final class Values {

    private Values() {
    }

    /** The key of a filter input value for a field of {@code type}; null when it cannot be read. */
    static Comparable<?> ofInput(FieldType type, Object input, ZoneId zone) {
        if (input == null) {
            return null;
        }
        String text = PhpArrays.string(input);
        return switch (type) {
            case BOOLEAN -> PhpArrays.isYes(text);
            case DATE -> Dates.parseDate(text, zone);
            case DATETIME -> Dates.parseDateTime(text, zone);
            default -> type.holdsLong() || type == FieldType.DOUBLE ? PhpArrays.floatval(text) : text.toLowerCase(Locale.ROOT);
        };
    }

    /** The key of one stored element (not a list) of a field of {@code type}. */
    static Comparable<?> ofStored(FieldType type, Object stored) {
        return switch (stored) {
            case null -> null;
            case Long l -> BigDecimal.valueOf(l);
            case BigDecimal d -> d;
            case Boolean b -> b;
            case LocalDate d -> d;
            case Instant i -> i;
            case MultiValue m -> m.value() == null ? null : m.value().toLowerCase(Locale.ROOT);
            case String s -> type == FieldType.BOOLEAN ? PhpArrays.isYes(s) : s.toLowerCase(Locale.ROOT);
            default -> stored.toString().toLowerCase(Locale.ROOT);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Comparable a, Comparable b) {
        if (a.getClass() != b.getClass()) {
            return a.toString().compareTo(b.toString());
        }
        return a.compareTo(b);
    }
}
