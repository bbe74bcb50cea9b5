package dev.b24kit.eval.internal;

import java.util.Objects;

import dev.b24kit.eval.scenario.ToolCaller;
import dev.b24kit.eval.scenario.ToolResult;
import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.gateway.tools.Tools;
import dev.b24kit.gateway.tools.ToolsConfig;
import dev.b24kit.writes.WritesConfig;
import tools.jackson.databind.JsonNode;

/**
 * The scenarios' {@link ToolCaller} over the gateway's tool layer ({@link Tools}) for the portal under test,
 * as an agent named {@code b24kit-eval}: the same tools, resolution, refusals and verified writes an MCP
 * client gets. Thread-safe as {@link Tools} is.
 */
final class GatewayToolCaller implements ToolCaller {

    /** The agent the eval's scenarios call the tools as. */
    static final String AGENT = "b24kit-eval";

    private final Tools tools;
    private final Caller caller;

    GatewayToolCaller(WritesConfig writes, String runId) {
        this.tools = Tools.of(ToolsConfig.of(writes));
        this.caller = new Caller(AGENT, "eval-" + runId);
    }

    @Override
    public ToolResult call(String tool, JsonNode arguments) {
        Objects.requireNonNull(tool, "tool");
        if (tools.specs().stream().noneMatch(s -> s.name().equals(tool))) {
            throw new IllegalArgumentException("there is no tool '" + tool + "'; the tools are: "
                    + String.join(", ", tools.specs().stream().map(s -> s.name()).toList()));
        }
        dev.b24kit.gateway.tools.ToolResult answer = tools.call(tool, arguments, caller);
        return new ToolResult(answer.json(), answer.refused());
    }
}
