package dev.b24kit.schema;

import java.util.List;

/**
 * The catalog refused a name or a value: nothing was sent to the portal because of it. Unchecked.
 * Every refusal names what was asked, the value given and what would be accepted, so a person or an
 * agent can correct it; a writer reports it as "refused before any write".
 *
 * <ul>
 *   <li>{@link UnknownEntity}: no such entity type (suggests the closest).</li>
 *   <li>{@link UnknownField}: no field of that code or label (suggests the closest).</li>
 *   <li>{@link AmbiguousField}: a label that several fields carry (lists them).</li>
 *   <li>{@link ValueRefused}: a value the field cannot take, or one the portal would drop silently (§8).</li>
 * </ul>
 */
public abstract sealed class SchemaRefusal extends RuntimeException
        permits UnknownEntity, UnknownField, AmbiguousField, ValueRefused {

    private static final long serialVersionUID = 1L;

    private final String subject;
    private final String given;
    private final List<String> accepted;

    SchemaRefusal(String message, String subject, String given, List<String> accepted) {
        super(message);
        this.subject = subject;
        this.given = given;
        this.accepted = List.copyOf(accepted);
    }

    /** What was refused: the entity ({@code deal}) or the field ({@code Sales channel (UF_CRM_…)}). */
    public String subject() {
        return subject;
    }

    /** The name or value as it was given, as text. */
    public String given() {
        return given;
    }

    /** What would be accepted (labels with IDs, the closest names, or a format); may be empty. */
    public List<String> accepted() {
        return accepted;
    }

    static String listed(List<String> values) {
        int shown = Math.min(values.size(), 30);
        String text = String.join(", ", values.subList(0, shown));
        return shown < values.size() ? text + ", … (" + values.size() + " in all)" : text;
    }
}
