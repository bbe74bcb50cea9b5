package dev.b24kit.testportal.internal.crm.query;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.b24kit.testportal.internal.crm.FieldType;

/**
 * Evaluates one condition against a stored value. A multiple field matches a positive operator when
 * any element matches, and a negative operator ({@code !}, {@code !@}, {@code !%}) when no element
 * matches the positive one. An empty stored value matches only "is empty" ({@code X=""}) and the
 * negative operators.
 */
final class Matcher {

    private Matcher() {
    }

    static boolean matches(Filter.Condition condition, Object stored) {
        List<?> elements = stored instanceof Collection<?> list ? List.copyOf(list) : stored == null ? List.of() : List.of(stored);
        FieldType type = condition.field().type();
        if (condition.empty()) {
            boolean isEmpty = elements.isEmpty() || elements.stream().allMatch(Matcher::blank);
            return switch (condition.op()) {
                case EQ, IN, LIKE, PATTERN -> isEmpty;
                default -> !isEmpty;
            };
        }
        Op positive = switch (condition.op()) {
            case NE -> Op.EQ;
            case NOT_IN -> Op.IN;
            case NOT_LIKE -> Op.LIKE;
            case NOT_PATTERN -> Op.PATTERN;
            default -> null;
        };
        if (positive != null) {
            Filter.Condition flipped = new Filter.Condition(condition.field(), positive, condition.values(), false);
            return !anyMatches(flipped, elements, type);
        }
        return anyMatches(condition, elements, type);
    }

    private static boolean anyMatches(Filter.Condition condition, List<?> elements, FieldType type) {
        for (Object element : elements) {
            Comparable<?> key = Values.ofStored(type, element);
            if (key != null && matchesOne(condition, key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesOne(Filter.Condition condition, Comparable<?> key) {
        for (Object value : condition.values()) {
            if (value == null) {
                continue;
            }
            Comparable<?> wanted = (Comparable<?>) value;
            boolean hit = switch (condition.op()) {
                case EQ, IN -> Values.compare(key, wanted) == 0;
                case GT -> Values.compare(key, wanted) > 0;
                case GE -> Values.compare(key, wanted) >= 0;
                case LT -> Values.compare(key, wanted) < 0;
                case LE -> Values.compare(key, wanted) <= 0;
                case LIKE -> key.toString().contains(wanted.toString());
                case PATTERN -> like(wanted.toString()).matcher(key.toString()).matches();
                default -> false;
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** SQL LIKE with {@code %} and {@code _}, case-insensitive (keys are lower case already). */
    static Pattern like(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '%' -> regex.append(".*");
                case '_' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isEmpty();
    }
}
