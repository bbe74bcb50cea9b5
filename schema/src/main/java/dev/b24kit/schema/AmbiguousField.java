package dev.b24kit.schema;

import java.util.List;

/** A label that several fields of the entity carry; {@link #candidates()} lists them, name them by code. */
public final class AmbiguousField extends SchemaRefusal {

    private static final long serialVersionUID = 1L;

    private final List<FieldRef> candidates;

    public AmbiguousField(EntityType entity, String given, List<FieldRef> candidates) {
        super(entity.key() + ": '" + given + "' names " + candidates.size() + " fields, use a code: "
                + listed(candidates.stream().map(FieldRef::describe).toList()), entity.key(), given,
                candidates.stream().map(FieldRef::describe).toList());
        this.candidates = List.copyOf(candidates);
    }

    /** The fields the label names. */
    public List<FieldRef> candidates() {
        return candidates;
    }
}
