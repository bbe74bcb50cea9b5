package dev.b24kit.schema;

import java.util.List;

/**
 * What became of each entry of a {@link FieldMap} against one portal's catalog. Immutable.
 *
 * @param entries one outcome per entry, in the map's order
 */
public record FieldMapCheck(List<Outcome> entries) {

    public FieldMapCheck {
        entries = List.copyOf(entries);
    }

    /** One entry's outcome, consumed with a pattern-matching {@code switch}. */
    public sealed interface Outcome {
        FieldMap.Entry entry();
    }

    /** The entry resolves: its field, and each of its values' API value (legacy spelling). */
    public record Resolved(FieldMap.Entry entry, FieldRef field, java.util.Map<String, Object> values) implements Outcome {
    }

    /**
     * The entry no longer resolves: the field was renamed or deleted, a value removed, the type changed.
     *
     * @param problem    what is wrong, in a sentence
     * @param candidates the closest names or values there are
     */
    public record Broken(FieldMap.Entry entry, String problem, List<String> candidates) implements Outcome {
    }

    /** Whether every entry resolves. */
    public boolean ok() {
        return entries.stream().allMatch(o -> o instanceof Resolved);
    }

    /** The entries that do not resolve. */
    public List<Broken> broken() {
        return entries.stream().filter(Broken.class::isInstance).map(Broken.class::cast).toList();
    }
}
