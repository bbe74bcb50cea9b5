package dev.b24kit.schema;

import java.util.List;

/** No field of the entity has that code or label; {@link #accepted()} holds the closest names. */
public final class UnknownField extends SchemaRefusal {

    private static final long serialVersionUID = 1L;

    private final EntityType entity;

    public UnknownField(EntityType entity, String given, List<String> closest) {
        super(entity.key() + " has no field '" + given + "'"
                + (closest.isEmpty() ? "" : "; closest: " + listed(closest)), entity.key(), given, closest);
        this.entity = entity;
    }

    /** The entity type that was searched. */
    public EntityType entity() {
        return entity;
    }
}
