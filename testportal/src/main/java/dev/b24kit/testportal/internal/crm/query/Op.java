package dev.b24kit.testportal.internal.crm.query;

/**
 * A filter operator, written as the key's prefix (§6.4): {@code >=ID}, {@code !@STAGE_ID}, {@code %TITLE}.
 */
public enum Op {
    EQ(""), NE("!"), GT(">"), GE(">="), LT("<"), LE("<="), IN("@"), NOT_IN("!@"), LIKE("%"), PATTERN("=%"),
    NOT_LIKE("!%"), NOT_PATTERN("!=%");

    private final String prefix;

    Op(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** A key split into operator and field name. */
    public record Split(Op op, String field) {
    }

    /**
     * Splits a filter key: the operator is the longest known prefix of non-letter characters. Returns
     * null when the prefix is not an operator the portal knows.
     */
    public static Split split(String key) {
        int end = 0;
        while (end < key.length() && "=!<>@%".indexOf(key.charAt(end)) >= 0) {
            end++;
        }
        String prefix = key.substring(0, end);
        String field = key.substring(end);
        Op op = switch (prefix) {
            case "", "=" -> EQ;
            case "!", "!=" -> NE;
            case ">" -> GT;
            case ">=" -> GE;
            case "<" -> LT;
            case "<=" -> LE;
            case "@" -> IN;
            case "!@" -> NOT_IN;
            case "%" -> LIKE;
            case "=%", "%=" -> PATTERN;
            case "!%" -> NOT_LIKE;
            case "!=%", "!%=" -> NOT_PATTERN;
            default -> null;
        };
        return op == null ? null : new Split(op, field);
    }
}
