package dev.b24kit.schema;

import java.util.List;

/**
 * A value a field cannot take, refused before it reached the portal — often one the portal would have
 * dropped while answering {@code true} (docs/bitrix24-behavior.md §8). The message names the field,
 * the value and what would be accepted.
 */
public final class ValueRefused extends SchemaRefusal {

    private static final long serialVersionUID = 1L;

    /** Why the value was refused. */
    public enum Reason {
        /** Not an item, stage, pipeline, status or user the portal knows. */
        NOT_IN_LIST,
        /** Matches several items or users; {@link #accepted()} lists them. */
        AMBIGUOUS,
        /** Not a number, date, flag, amount, e-mail… of the right form. */
        MALFORMED,
        /** A list for a single field, or a value of the wrong kind. */
        WRONG_SHAPE,
        /** The field is read-only, immutable in this dialect, or unknown to it: the portal would drop it. */
        NOT_WRITABLE
    }

    private final FieldRef field;
    private final Reason reason;

    public ValueRefused(FieldRef field, Object value, Reason reason, String why, List<String> accepted) {
        super(field.entity().key() + " field " + field.describe() + ": " + render(value) + " " + why
                + (accepted.isEmpty() ? "" : "; accepted: " + listed(accepted)), field.describe(), String.valueOf(value), accepted);
        this.field = field;
        this.reason = reason;
    }

    /** The field the value was meant for. */
    public FieldRef field() {
        return field;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }

    private static String render(Object value) {
        return value == null ? "null" : value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }
}
