package dev.b24kit.testportal.internal.php;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Renders values as Bitrix24's {@code Json::encode} does (§12): a PHP array becomes a JSON list when
 * its keys are 0..n-1 in order (an empty array is {@code []}), an object otherwise; strings escape
 * {@code / < > & ' "} ({@code JSON_HEX_*}) and keep non-ASCII characters raw; an unpaired surrogate
 * becomes U+FFFD ({@code JSON_INVALID_UTF8_SUBSTITUTE}).
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

    public static void write(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String s -> writeString(out, s);
            case Boolean b -> out.append(b ? "true" : "false");
            case Double d -> out.append(formatDouble(d));
            case Float f -> out.append(formatDouble(f.doubleValue()));
            case BigDecimal d -> out.append(d.toPlainString());
            case Number n -> out.append(n.longValue());
            case Map<?, ?> map -> writeArray(out, map);
            case Collection<?> list -> writeList(out, list);
            case Raw raw -> out.append(raw.json());
            default -> throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void writeArray(StringBuilder out, Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, ?> array = (Map<String, ?>) map;
        if (PhpArrays.isList(array)) {
            writeList(out, array.values());
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> entry : array.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, entry.getKey());
            out.append(':');
            write(out, entry.getValue());
        }
        out.append('}');
    }

    private static void writeList(StringBuilder out, Collection<?> list) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(out, item);
        }
        out.append(']');
    }

    /**
     * PHP 7.1+ {@code json_encode} of a float ({@code serialize_precision=-1}, no
     * {@code JSON_PRESERVE_ZERO_FRACTION}): the shortest digits that round-trip, whole numbers without a
     * fraction ({@code 10000}), exponent form ({@code 1.0e-5}, {@code 1.0e+15}) below
     * 1e-4 and from 1e15 on, as {@code zend_gcvt} switches.
     */
    public static String formatDouble(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "0";
        }
        double magnitude = Math.abs(d);
        if (d == 0 || (magnitude >= 1e-4 && magnitude < 1e15)) {
            String plain = new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
            return plain;
        }
        String text = Double.toString(d); // shortest digits, e.g. 1.0E-5 or 1.234E15
        int e = text.indexOf('E');
        String mantissa = text.substring(0, e);
        String exponent = text.substring(e + 1);
        return mantissa + "e" + (exponent.startsWith("-") ? exponent : "+" + exponent);
    }

    static void writeString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\u0022");
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
