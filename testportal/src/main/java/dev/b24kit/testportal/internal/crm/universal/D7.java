package dev.b24kit.testportal.internal.crm.universal;

import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.Call;
import dev.b24kit.testportal.internal.rest.Paged;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * What the D7 controllers behind {@code crm.item.*}, {@code crm.type.*} and {@code crm.category.*} share:
 * action parameters bound by exact name (a missing one is {@code {"error":100,"error_description":"Could
 * not find value for parameter {name}"}}, a non-integer one {@code Invalid value …}), {@code Y}/{@code N}
 * booleans, and page navigation (§6.1: page = floor(start/50)+1; {@code start < 0} skips the count and
 * answers {@code total: 0} without {@code next}).
 */
final class D7 {

    static final int PAGE_SIZE = 50;

    private D7() {
    }

    /** A required integer parameter. */
    static long requiredInt(Call call, String name) {
        Object value = call.param(name);
        if (value == null) {
            throw missing(name);
        }
        Long number = integer(value);
        if (number == null) {
            throw new RestError(400, 100L, "Invalid value " + describe(value) + " to match with parameter {" + name
                    + "}. Should be value of type int");
        }
        return number;
    }

    /** A required array parameter ({@code fields}). */
    static Map<String, Object> requiredArray(Call call, String name) {
        Object value = call.param(name);
        if (value == null) {
            throw missing(name);
        }
        Map<String, Object> array = PhpArrays.asArray(value);
        if (array == null) {
            throw new RestError(400, 100L, "Invalid value " + describe(value) + " to match with parameter {" + name
                    + "}. Should be value of type array");
        }
        return array;
    }

    static RestError missing(String name) {
        return new RestError(400, 100L, "Could not find value for parameter {" + name + "}");
    }

    /** An integer the way the D7 binder reads one: an integral number or a decimal integer string; else null. */
    static Long integer(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue();
        }
        if (value instanceof String s && s.trim().matches("[+-]?\\d{1,18}")) {
            return Long.parseLong(s.trim().replace("+", ""));
        }
        return null;
    }

    /** {@code Y}/{@code N} (also {@code true}/{@code 1}) as a boolean; null when absent. */
    static Boolean yesNo(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = PhpArrays.string(value).trim().toUpperCase(Locale.ROOT);
        return text.equals("Y") || text.equals("1") || text.equals("TRUE");
    }

    static String yn(boolean value) {
        return value ? "Y" : "N";
    }

    /** Where a D7 page starts and whether the total is counted. */
    record Page(long offset, boolean counted) {

        static Page of(Call call) {
            long start = call.startValue();
            if (start < 0) {
                return new Page(0, false);
            }
            return new Page(start / PAGE_SIZE * PAGE_SIZE, true);
        }

        /** The envelope parts: {@code total} (0 when not counted) and {@code next} when more rows follow. */
        Paged paged(Object result, long total, int returned) {
            if (!counted) {
                return Paged.uncounted(result);
            }
            long next = offset + returned;
            return new Paged(result, total, next < total ? next : null);
        }
    }

    private static String describe(Object value) {
        return PhpArrays.isArray(value) ? "Array" : PhpArrays.string(value);
    }
}
