package dev.b24kit.gateway.internal;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;

import dev.b24kit.gateway.GatewayMetrics;
import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.gateway.tools.ToolSpec;
import dev.b24kit.gateway.tools.Tools;
import dev.b24kit.gateway.tools.internal.Json;
import tools.jackson.core.type.TypeReference;

/**
 * The tools as the MCP SDK serves them: each {@link ToolSpec} becomes an MCP tool with its schemas and
 * annotations; a call runs {@link Tools#call} for the MCP client (its {@code clientInfo} name and session)
 * and answers the structured result, with the JSON as text beside it for clients that read only text.
 * A refusal is {@code isError: true} with the same structure: a result the agent corrects from.
 */
public final class McpTools {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private McpTools() {
    }

    public static List<SyncToolSpecification> of(Tools tools, GatewayMetrics metrics) {
        return tools.specs().stream().map(spec -> new SyncToolSpecification(tool(spec),
                (exchange, request) -> call(tools, metrics, spec.name(), exchange, request))).toList();
    }

    private static McpSchema.Tool tool(ToolSpec spec) {
        return McpSchema.Tool.builder()
                .name(spec.name())
                .title(spec.title())
                .description(spec.description())
                .inputSchema(Json.MAPPER.convertValue(spec.inputSchema(), MAP))
                .outputSchema(Json.MAPPER.convertValue(spec.outputSchema(), MAP))
                .annotations(new McpSchema.ToolAnnotations(spec.title(), spec.readOnly(), spec.destructive(),
                        spec.idempotent(), false, null))
                .build();
    }

    private static McpSchema.CallToolResult call(Tools tools, GatewayMetrics metrics, String name,
                                                 McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        McpSchema.Implementation client = exchange.getClientInfo();
        String session = exchange.sessionId() == null ? "stdio" : exchange.sessionId();
        Caller caller = new Caller(client == null || client.name() == null ? "" : client.name(), session);
        ToolResult result = metrics.timed(name, () -> tools.call(name, Json.MAPPER.valueToTree(
                request.arguments() == null ? Map.of() : request.arguments()), caller));
        return McpSchema.CallToolResult.builder()
                .structuredContent(Json.MAPPER.convertValue(result.json(), MAP))
                .addTextContent(result.json().toString())
                .isError(result.refused())
                .build();
    }
}
