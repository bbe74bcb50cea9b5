package dev.b24kit.testportal.internal.users;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * The {@code user.get} filter (docs {@code user-get.md}): keys are a field with an optional operator
 * prefix ({@code >=ID}, {@code %NAME}, {@code !@UF_DEPARTMENT}), values a scalar or a list. Operators:
 * none or {@code =} equal (a list means "any of", a {@code %} in a string value makes it a LIKE
 * pattern), {@code !}/{@code !=} not equal, {@code > >= < <=}, {@code @} in, {@code !@} not in,
 * {@code %} contains, {@code =%}/{@code %=} LIKE with explicit {@code %}, {@code !%} does not contain,
 * {@code !=%}/{@code !%=} NOT LIKE. Strings compare ignoring case (the portal's collation); {@code ID}
 * compares as a number; {@code UF_DEPARTMENT} matches when any department matches; {@code ACTIVE}
 * takes {@code Y}/{@code N} or booleans. {@code NAME_SEARCH} (alias {@code FIND}) searches names,
 * e-mail and position. Keys naming an unknown field, a field hidden by the caller's scope, or an
 * unknown operator are ignored, as the portal ignores them.
 */
final class UserFilter {

    private static final Pattern KEY = Pattern.compile("([!=<>%@]*)(.*)");
    private static final List<String> OPERATORS = List.of("", "=", "!", "!=", ">", ">=", "<", "<=", "@", "!@", "%", "=%",
            "%=", "!%", "!=%", "!%=");

    private record Condition(String operator, String field, Object value) {
    }

    private final List<Condition> conditions;

    private UserFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    static UserFilter of(Map<String, Object> filter, UserFields.Version version) {
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            var matcher = KEY.matcher(entry.getKey().toUpperCase(Locale.ROOT));
            matcher.matches();
            String operator = matcher.group(1);
            String field = matcher.group(2).equals("FIND") ? "NAME_SEARCH" : matcher.group(2);
            boolean known = field.equals("NAME_SEARCH")
                    || (UserFields.ALL.contains(field) && UserFields.visible(field, version));
            if (known && OPERATORS.contains(operator)) {
                conditions.add(new Condition(operator, field, entry.getValue()));
            }
        }
        return new UserFilter(conditions);
    }

    boolean matches(User user) {
        for (Condition condition : conditions) {
            if (!matches(user, condition)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(User user, Condition condition) {
        if (condition.field().equals("NAME_SEARCH")) {
            String haystack = String.join(" ", user.name(), user.lastName(), user.secondName(), user.email(), user.position());
            return contains(haystack, PhpArrays.string(condition.value()));
        }
        Object raw = UserFields.raw(user, condition.field());
        List<Object> actual = raw instanceof List<?> list ? new ArrayList<>(list) : List.of(raw);
        List<Object> wanted = PhpArrays.values(condition.value());
        String op = condition.operator();
        return switch (op) {
            case "", "=", "@" -> anyPair(actual, wanted, (a, w) -> equal(a, w, op.isEmpty() || op.equals("=")));
            case "!", "!=", "!@" -> !anyPair(actual, wanted, (a, w) -> equal(a, w, !op.equals("!@")));
            case ">", ">=", "<", "<=" -> anyPair(actual, wanted, (a, w) -> compares(compare(a, w), op));
            case "%" -> anyPair(actual, wanted, (a, w) -> contains(text(a), text(w)));
            case "!%" -> !anyPair(actual, wanted, (a, w) -> contains(text(a), text(w)));
            case "=%", "%=" -> anyPair(actual, wanted, (a, w) -> like(text(a), text(w)));
            default -> !anyPair(actual, wanted, (a, w) -> like(text(a), text(w))); // !=% and !%=
        };
    }

    private interface Test {
        boolean test(Object actual, Object wanted);
    }

    private static boolean anyPair(List<Object> actual, List<Object> wanted, Test test) {
        for (Object a : actual) {
            for (Object w : wanted) {
                if (test.test(a, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean equal(Object actual, Object wanted, boolean patterns) {
        if (actual instanceof Long || actual instanceof Integer) {
            return ((Number) actual).longValue() == PhpArrays.intval(text(wanted));
        }
        if (actual instanceof Boolean active) {
            return active == PhpArrays.isYes(wanted);
        }
        String w = text(wanted);
        return patterns && w.contains("%") ? like(text(actual), w) : text(actual).equalsIgnoreCase(w);
    }

    private static int compare(Object actual, Object wanted) {
        if (actual instanceof Long || actual instanceof Integer) {
            return Long.compare(((Number) actual).longValue(), PhpArrays.intval(text(wanted)));
        }
        return text(actual).compareToIgnoreCase(text(wanted));
    }

    private static boolean compares(int comparison, String operator) {
        return switch (operator) {
            case ">" -> comparison > 0;
            case ">=" -> comparison >= 0;
            case "<" -> comparison < 0;
            default -> comparison <= 0;
        };
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    /** SQL LIKE with {@code %} (any run) and {@code _} (one character), ignoring case. */
    private static boolean like(String value, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
                .matcher(value).matches();
    }

    private static String text(Object value) {
        return PhpArrays.string(value);
    }

}
