package dev.b24kit.testportal.internal.php;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * Renders values as Bitrix24's {@code Json::encode} does (§12): a PHP array becomes a JSON list when
 * its keys are 0..n-1 in order (an empty array is {@code []}), an object otherwise; strings escape
 * {@code / < > & ' "} ({@code JSON_HEX_*}) and keep non-ASCII characters raw except U+2028 and
 * U+2029, which PHP escapes; an unpaired surrogate becomes U+FFFD ({@code JSON_INVALID_UTF8_SUBSTITUTE});
 * floats follow {@link #formatDouble(double)}.
 *
 * <p>{@link #encodeReadable(Object)} is the same rendering without PHP's escaping, for the admin
 * API, whose answers people read in a terminal: strings escape only what JSON requires.
 *
 * <p>Accepted values: {@code Map<String, ?>}, {@code Collection<?>}, {@code String}, integral
 * numbers, {@code Double}, {@code BigDecimal}, {@code Boolean}, {@code null}, and {@link Raw}.
 * Stateless and thread-safe.
 */
public final class PhpJson {

    /** Pre-rendered JSON, inserted verbatim. */
    public record Raw(String json) {
    }

    private PhpJson() {
    }

    public static String encode(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value);
        return out.toString();
    }

    /** As {@link #encode(Object)}, but strings keep {@code / < > & '} as they are and {@code "} as {@code \"}. */
    public static String encodeReadable(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(out, value, false);
        return out.toString();
    }

    public static void write(StringBuilder out, Object value) {
        write(out, value, true);
    }

    private static void write(StringBuilder out, Object value, boolean php) {
        switch (value) {
            case null -> out.append("null");
            case String s -> writeString(out, s, php);
            case Boolean b -> out.append(b ? "true" : "false");
            case Double d -> out.append(formatDouble(d));
            case Float f -> out.append(formatDouble(f.doubleValue()));
            case BigDecimal d -> out.append(d.toPlainString());
            case Number n -> out.append(n.longValue());
            case Map<?, ?> map -> writeArray(out, map, php);
            case Collection<?> list -> writeList(out, list, php);
            case Raw raw -> out.append(raw.json());
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeArray(StringBuilder out, Map<?, ?> map, boolean php) {
        @SuppressWarnings("unchecked")
        Map<String, ?> array = (Map<String, ?>) map;
        if (PhpArrays.isList(array)) {
            writeList(out, array.values(), php);
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> entry : array.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, entry.getKey(), php);
            out.append(':');
            write(out, entry.getValue(), php);
        }
        out.append('}');
    }

    private static void writeList(StringBuilder out, Collection<?> list, boolean php) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(out, item, php);
        }
        out.append(']');
    }

    /**
     * PHP's {@code json_encode} of a float ({@code serialize_precision=-1}, no
     * {@code JSON_PRESERVE_ZERO_FRACTION}): the shortest digits that round-trip, {@code 10.0} as
     * {@code 10}, {@code -0.0} as {@code -0}, exponent form {@code 1.0e+25} / {@code 1.0e-5} when the
     * decimal point lies more than 17 digits right or more than 4 places left. NaN and infinities,
     * which PHP refuses to encode, become {@code 0}.
     */
    public static String formatDouble(double d) {
        return gcvt(d, 17, true, 'e');
    }

    /**
     * PHP's {@code (string)} of a float ({@code precision=14}): 14 significant digits,
     * {@code 0.1 + 0.2} as {@code 0.3}, {@code 1.0E+15} from 15 integer digits on.
     */
    public static String castToString(double d) {
        if (Double.isNaN(d)) {
            return "NAN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        return gcvt(d, 14, false, 'E');
    }

    /** PHP's {@code php_gcvt}: digits from {@code zend_dtoa} (shortest, or rounded to {@code precision}). */
    private static String gcvt(double value, int precision, boolean shortest, char exponentChar) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "0";
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        if (value == 0) {
            return negative ? "-0" : "0";
        }
        double magnitude = Math.abs(value);
        BigDecimal decimal = shortest
                ? new BigDecimal(Double.toString(magnitude))
                : new BigDecimal(magnitude).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        decimal = decimal.stripTrailingZeros();
        String digits = decimal.unscaledValue().toString();
        int point = digits.length() - decimal.scale(); // zend_dtoa's decpt
        StringBuilder out = new StringBuilder(digits.length() + 8);
        if (negative) {
            out.append('-');
        }
        if (point < -3 || point > precision) {
            out.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0");
            int exponent = point - 1;
            out.append(exponentChar).append(exponent < 0 ? '-' : '+').append(Math.abs(exponent));
        } else if (point <= 0) {
            out.append("0.").append("0".repeat(-point)).append(digits);
        } else if (digits.length() <= point) {
            out.append(digits).append("0".repeat(point - digits.length()));
        } else {
            out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
    }

    private static void writeString(StringBuilder out, String s, boolean php) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!php && (c == '/' || c == '<' || c == '>' || c == '&' || c == '\'')) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '"' -> out.append(php ? "\\u0022" : "\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append("\\/");
                case '<' -> out.append("\\u003C");
                case '>' -> out.append("\\u003E");
                case '&' -> out.append("\\u0026");
                case '\'' -> out.append("\\u0027");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u2028' -> out.append("\\u2028"); // PHP escapes line terminators unless told not to
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
