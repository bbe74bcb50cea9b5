package dev.b24kit.eval.scenario;

import tools.jackson.databind.JsonNode;

/**
 * Calls one of the agent-facing tools by name, as a scenario step does: the gateway's tool layer (its MCP
 * tools, in-process or through an MCP client) implements it. The eval knows nothing else of the tools.
 *
 * <pre>{@code
 * ToolResult r = tools.call("move_stage", json("{\"entity\":\"deal\",\"id\":42,\"stage\":\"Won\",\"reason\":\"paid\"}"));
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not throw for a tool's own refusal (that is a
 * {@link ToolResult} with {@code error} set); they throw {@link IllegalArgumentException} for a tool name they
 * do not know, and anything unchecked for a fault of the layer itself (the scenario step then fails).
 */
@FunctionalInterface
public interface ToolCaller {

    /**
     * Calls {@code tool} with {@code arguments} (a JSON object, never null) and answers its result.
     *
     * @throws IllegalArgumentException for a tool the layer does not have, naming those it has
     */
    ToolResult call(String tool, JsonNode arguments);
}
