package dev.b24kit.testportal.internal.php;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one representation of a PHP array in the test portal: an insertion-ordered
 * {@code Map<String, Object>} whose integer keys are kept in their canonical decimal form ("0", "12").
 * Leaves are {@code String}, {@code Long}, {@code Double}, {@code Boolean} or {@code null}. Request
 * parameters from query strings, form bodies and JSON all end up in this shape, as they do in PHP.
 */
public final class PhpArrays {

    private PhpArrays() {
    }

    /** A new empty PHP array. */
    public static Map<String, Object> array() {
        return new LinkedHashMap<>();
    }

    /** PHP's rule for array keys: a canonical decimal integer string is an integer key. */
    public static boolean isIntegerKey(String key) {
        int length = key.length();
        if (length == 0 || length > 19) {
            return false;
        }
        int start = key.charAt(0) == '-' ? 1 : 0;
        if (start == length) {
            return false;
        }
        if (key.charAt(start) == '0' && (length - start > 1 || start == 1)) {
            return false;
        }
        for (int i = start; i < length; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (length == 19) {
            try {
                Long.parseLong(key);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** The key {@code $array[] = ...} would use: one more than the largest integer key, or 0. */
    public static String nextIndex(Map<String, Object> array) {
        long next = 0;
        for (String key : array.keySet()) {
            if (isIntegerKey(key)) {
                next = Math.max(next, Long.parseLong(key) + 1);
            }
        }
        return Long.toString(next);
    }

    /** True when the keys are 0..n-1 in order: PHP's json_encode renders such an array as a JSON list. */
    public static boolean isList(Map<String, ?> array) {
        int expected = 0;
        for (String key : array.keySet()) {
            if (!key.equals(Integer.toString(expected++))) {
                return false;
            }
        }
        return true;
    }

    /** The values of a PHP array in order, or a one-element list for a scalar, or empty for null. */
    public static List<Object> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.values());
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        List<Object> single = new ArrayList<>(1);
        single.add(value);
        return single;
    }

    /** A PHP list (keys 0..n-1) holding the given values. */
    public static Map<String, Object> listOf(Collection<?> values) {
        Map<String, Object> array = new LinkedHashMap<>();
        int index = 0;
        for (Object value : values) {
            array.put(Integer.toString(index++), value);
        }
        return array;
    }

    /** Whether a value is a PHP array (as opposed to a scalar). */
    public static boolean isArray(Object value) {
        return value instanceof Map<?, ?> || value instanceof Collection<?>;
    }

    /** The value as a PHP array, or null when it is a scalar or null. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asArray(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value instanceof Collection<?> collection) {
            return listOf(collection);
        }
        return null;
    }

    /** Looks a key up ignoring ASCII case, as legacy CRM methods resolve their parameter names. */
    public static Object getIgnoreCase(Map<String, Object> array, String... names) {
        for (String name : names) {
            if (array.containsKey(name)) {
                return array.get(name);
            }
        }
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            for (String name : names) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** Whether a key is present ignoring ASCII case. */
    public static boolean containsIgnoreCase(Map<String, Object> array, String name) {
        for (String key : array.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** PHP's string conversion of a scalar leaf ({@code (string)$value}). */
    public static String string(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? "1" : "";
            case Double d -> PhpJson.castToString(d);
            default -> value.toString();
        };
    }

    /**
     * PHP's {@code floatval} of text: the longest leading decimal number ({@code "12abc"} is 12,
     * {@code "abc"} is 0), as MySQL and PHP read numbers out of strings.
     */
    public static java.math.BigDecimal floatval(String text) {
        String value = text.trim();
        int end = 0;
        if (end < value.length() && (value.charAt(end) == '-' || value.charAt(end) == '+')) {
            end++;
        }
        boolean dot = false;
        while (end < value.length() && (Character.isDigit(value.charAt(end)) || (value.charAt(end) == '.' && !dot))) {
            dot |= value.charAt(end) == '.';
            end++;
        }
        String digits = value.substring(0, end);
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        try {
            return new java.math.BigDecimal(digits);
        } catch (NumberFormatException e) {
            return java.math.BigDecimal.ZERO;
        }
    }

    /** PHP's {@code intval} of text: the leading integer ({@code "12abc"} is 12), or 0. */
    public static long intval(String text) {
        String value = text.trim();
        int end = 0;
        if (end < value.length() && (value.charAt(end) == '-' || value.charAt(end) == '+')) {
            end++;
        }
        while (end < value.length() && Character.isDigit(value.charAt(end))) {
            end++;
        }
        try {
            return Long.parseLong(value.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** PHP's loose boolean conversion ({@code (bool)$value}): "", "0", 0, 0.0, null and [] are false. */
    public static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Number n -> n.doubleValue() != 0;
            case Map<?, ?> m -> !m.isEmpty();
            case Collection<?> c -> !c.isEmpty();
            default -> {
                String text = string(value);
                yield !text.isEmpty() && !text.equals("0");
            }
        };
    }

    /** Bitrix's reading of a flag: {@code Y}, {@code 1} or {@code true} in any case is yes, anything else no. */
    public static boolean isYes(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = string(value).trim().toUpperCase(java.util.Locale.ROOT);
        return text.equals("Y") || text.equals("1") || text.equals("TRUE");
    }
}
