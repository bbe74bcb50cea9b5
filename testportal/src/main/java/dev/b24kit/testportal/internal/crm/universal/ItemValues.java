package dev.b24kit.testportal.internal.crm.universal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.testportal.internal.crm.Dates;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.FieldType;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * Converts single values between crm.item's JSON (§9.2: native ints and floats, {@code "Y"}/{@code "N"}
 * for booleans, ISO-8601 dates, lists for multiple fields) and the one stored representation that
 * {@link FieldType} documents. Input is read leniently, as PHP casts it: a number may come as text,
 * a boolean as {@code Y}/{@code N}/{@code 1}/{@code 0}/{@code true}/{@code false}. Floats render as
 * PHP's {@code json_encode} renders them without {@code JSON_PRESERVE_ZERO_FRACTION}: {@code 10000},
 * {@code 999.99}, {@code 0}.
 */
final class ItemValues {

    /** A value that cannot be read for its field (an unparsable date): the write is refused. */
    static final class Unreadable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }

    private ItemValues() {
    }

    /** One input element (not a list) as the stored value of a field of this type; null for empty input. */
    static Object fromInput(FieldDef field, Object raw, ZoneId zone) {
        if (raw == null || (raw instanceof String s && s.isEmpty() && field.type() != FieldType.STRING)) {
            return null;
        }
        if (raw instanceof Map<?, ?>) {
            return fileName(field, raw);
        }
        String text = PhpArrays.string(raw);
        return switch (field.type()) {
            case DOUBLE -> PhpArrays.floatval(text);
            case CHAR -> PhpArrays.isYes(raw) ? "Y" : "N";
            case BOOLEAN -> PhpArrays.isYes(raw);
            case DATE -> {
                LocalDate date = Dates.parseDate(text, zone);
                if (date == null) {
                    throw new Unreadable();
                }
                yield date;
            }
            case DATETIME -> {
                Instant instant = Dates.parseDateTime(text, zone);
                if (instant == null) {
                    throw new Unreadable();
                }
                yield instant;
            }
            case CRM_ENTITY -> PhpArrays.floatval(text).longValue();
            default -> field.type().holdsLong() ? PhpArrays.floatval(text).longValue() : text;
        };
    }

    /** The JSON value of a stored value ({@code null} for empty; a list for a multiple field). */
    static Object toJson(FieldDef field, Object stored, ZoneId zone) {
        if (field.multiple()) {
            List<Object> out = new ArrayList<>();
            if (stored instanceof List<?> list) {
                for (Object element : list) {
                    out.add(single(element, zone));
                }
            } else if (stored != null) {
                out.add(single(stored, zone));
            }
            return out;
        }
        return single(stored instanceof List<?> list ? (list.isEmpty() ? null : list.getFirst()) : stored, zone);
    }

    private static Object single(Object stored, ZoneId zone) {
        return switch (stored) {
            case null -> null;
            case BigDecimal number -> plain(number);
            case Boolean b -> b ? "Y" : "N";
            case LocalDate date -> Dates.renderDate(date, zone);
            case Instant instant -> Dates.renderDateTime(instant, zone);
            case Long l -> l;
            default -> stored.toString();
        };
    }

    /** {@code 10000.00 → 10000}, {@code 999.90 → 999.9}: PHP float rendering. */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** PHP's (gettype) name of a scalar, for the "Expected iterable value" error. */
    static String phpType(Object value) {
        return switch (value) {
            case Long l -> "integer";
            case Double d -> "double";
            case Boolean b -> "boolean";
            case null -> "NULL";
            default -> "string";
        };
    }

    /** A file given as {@code [name, base64]} is kept by name only: the portal does not store files. */
    private static Object fileName(FieldDef field, Object raw) {
        if (field.type() != FieldType.FILE) {
            throw new Unreadable();
        }
        List<Object> parts = PhpArrays.values(raw);
        return parts.isEmpty() ? null : PhpArrays.string(parts.getFirst());
    }
}
