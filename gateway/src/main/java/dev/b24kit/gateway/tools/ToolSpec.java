package dev.b24kit.gateway.tools;

import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * One tool as an agent sees it: its name, a description it can act on, the JSON Schema of its arguments
 * (with the allowed values where they are few) and of its result, and the hints MCP annotations carry.
 * Immutable once made; the schemas are not copied, so do not change them.
 *
 * @param name         {@code describe_entity}, {@code search}, …
 * @param title        a short human title
 * @param description  what it does, what it takes, what it answers
 * @param inputSchema  JSON Schema of the arguments object
 * @param outputSchema JSON Schema of the structured result (refusals aside)
 * @param readOnly     it changes nothing
 * @param destructive  it may overwrite what is there
 * @param idempotent   calling it again with the same arguments changes nothing more
 */
public record ToolSpec(String name, String title, String description, ObjectNode inputSchema, ObjectNode outputSchema,
                       boolean readOnly, boolean destructive, boolean idempotent) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(outputSchema, "outputSchema");
    }
}
