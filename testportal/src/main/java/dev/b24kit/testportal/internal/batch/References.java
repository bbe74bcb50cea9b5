package dev.b24kit.testportal.internal.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * {@code $result[...]} references inside batch sub-commands (§5.4), as the portal resolves them
 * ({@code CRestUtil::processBatchElement}):
 * <ul>
 *   <li>a reference is {@code $} + a root ({@code result}, {@code next}, {@code total}, {@code time},
 *       {@code error}, any case) + everything up to the next whitespace; its path is every
 *       {@code [segment]} in that text, and a reference without a segment is left alone;</li>
 *   <li>the path is followed while each step exists and is not null ({@code isset}); at the first
 *       missing step resolution stops and the value reached so far is used (so {@code $result[gone]}
 *       yields the whole {@code result} array);</li>
 *   <li>when the whole value is the reference it becomes the referenced value as it is, arrays
 *       included; when the reference is part of a longer value it is replaced only by a string or a
 *       number, otherwise the value is left untouched. Whatever follows the last segment up to the
 *       next whitespace is part of the reference and is replaced with it, as in PHP.</li>
 * </ul>
 * Applied to every value after {@code parse_str}, recursively; keys are left as they are. Stateless
 * and thread-safe.
 */
final class References {

    private static final Pattern REFERENCE = Pattern.compile("\\$(result|next|total|time|error)(\\S*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]+)\\]");

    private References() {
    }

    /** A copy of {@code params} with every value's references resolved against {@code context}. */
    static Map<String, Object> apply(Map<String, Object> params, Map<String, Object> context) {
        Map<String, Object> resolved = PhpArrays.array();
        for (Map.Entry<String, Object> entry : params.entrySet()) {
            resolved.put(entry.getKey(), applyToValue(entry.getValue(), context));
        }
        return resolved;
    }

    private static Object applyToValue(Object value, Map<String, Object> context) {
        if (value instanceof Map<?, ?> nested) {
            return apply(PhpArrays.asArray(nested), context);
        }
        return value instanceof String text ? resolve(text, context) : value;
    }

    /** One parameter value with its references resolved; the result may be an array. */
    static Object resolve(String value, Map<String, Object> context) {
        if (value.indexOf('$') < 0) {
            return value;
        }
        Object element = value;
        Matcher reference = REFERENCE.matcher(value);
        while (reference.find()) {
            Matcher segments = SEGMENT.matcher(reference.group(2));
            if (!segments.find()) {
                continue;
            }
            Object target = context.get(reference.group(1).toLowerCase(Locale.ROOT));
            do {
                Object next = step(target, segments.group(1));
                if (next == null) {
                    break;
                }
                target = next;
            } while (segments.find());
            if (reference.group().equals(element)) {
                element = copy(target);
            } else if (element instanceof String text && scalarText(target) != null) {
                element = text.replace(reference.group(), scalarText(target));
            }
        }
        return element;
    }

    /** PHP's {@code isset($r[$key]) ? $r[$key] : null} for arrays and string offsets. */
    private static Object step(Object from, String key) {
        if (from instanceof Map<?, ?> || from instanceof Collection<?>) {
            return PhpArrays.asArray(from).get(key);
        }
        if (from instanceof String text && PhpArrays.isIntegerKey(key)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            long offset = Long.parseLong(key);
            if (offset < 0) {
                offset += bytes.length;
            }
            if (offset >= 0 && offset < bytes.length) {
                // PHP strings are bytes: one byte of a multibyte character is invalid UTF-8 (U+FFFD)
                return new String(bytes, (int) offset, 1, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** PHP's {@code (string)} of a string or number; null for anything that is neither. */
    private static String scalarText(Object value) {
        return switch (value) {
            case String text -> text;
            case Double d -> phpFloat(d);
            case Float f -> phpFloat(f.doubleValue());
            case BigDecimal d -> d.toPlainString();
            case Number n -> Long.toString(n.longValue());
            case null, default -> null;
        };
    }

    /** {@code (string)$float}: 14 significant digits ({@code precision=14}), no trailing zeros. */
    private static String phpFloat(double d) {
        if (Double.isNaN(d)) {
            return "NAN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "INF" : "-INF";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(14)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 14) { // %.14G switches to the exponent form
            String digits = rounded.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits + ".0" : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "E" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
        }
        return rounded.toPlainString();
    }

    /** Arrays are copied into fresh PHP arrays so a sub-command never shares another's result. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            Map<String, Object> copied = PhpArrays.array();
            PhpArrays.asArray(value).forEach((key, item) -> copied.put(key, copy(item)));
            return copied;
        }
        return value;
    }
}
