package dev.b24kit.schema;

import java.util.List;

/** No entity type of that name: not {@code deal}, {@code contact}, {@code company}, {@code lead} or a smart process. */
public final class UnknownEntity extends SchemaRefusal {

    private static final long serialVersionUID = 1L;

    public UnknownEntity(String given, List<String> known) {
        super("no entity '" + given + "' on this portal; known: " + listed(known), "entity", given, known);
    }
}
