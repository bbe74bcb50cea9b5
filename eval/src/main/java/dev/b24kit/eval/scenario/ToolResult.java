package dev.b24kit.eval.scenario;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * What a tool answered, as MCP's {@code CallToolResult} carries it: structured JSON content and whether the
 * tool reported an error (a refusal, a drifted write) rather than a result. Immutable.
 *
 * @param content the tool's structured content (a JSON object; a receipt, a record, a list)
 * @param error   true when the tool answered with {@code isError}
 */
public record ToolResult(JsonNode content, boolean error) {

    public ToolResult {
        Objects.requireNonNull(content, "content");
    }
}
