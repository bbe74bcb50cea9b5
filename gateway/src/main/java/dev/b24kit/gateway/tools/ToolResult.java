package dev.b24kit.gateway.tools;

import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

/**
 * What a tool answered: a JSON object, and whether it is a refusal the caller can correct from (an unknown
 * field, a value outside the list, a write refused before it was sent). A refusal's object carries
 * {@code refused: {message, field, given, accepted}}; a write's carries its receipt. Immutable once made;
 * the JSON is not copied, so do not change it.
 *
 * @param json    the structured result; never {@code null}
 * @param refused whether this is a refusal (MCP: {@code isError: true})
 */
public record ToolResult(ObjectNode json, boolean refused) {

    public ToolResult {
        Objects.requireNonNull(json, "json");
    }

    /** One line an agent (or a person) reads first: the refusal's message, or the result's {@code summary}. */
    public String summary() {
        if (refused && json.has("refused")) {
            return json.get("refused").path("message").asString("");
        }
        return json.path("summary").asString("");
    }
}
