package dev.b24kit.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import tools.jackson.databind.JsonNode;

/** The MCP SDK's own client, as an agent would run it. */
final class McpClients {

    private McpClients() {
    }

    /** A client of the gateway's {@code /mcp} presenting {@code token}, initialised, named {@code name}. */
    static McpSyncClient http(URI gateway, String token, String name) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(gateway.toString())
                .endpoint("/mcp")
                .httpRequestCustomizer((builder, method, uri, body, context) -> builder.header("Authorization", "Bearer " + token))
                .build();
        return started(transport, name);
    }

    static McpSyncClient started(McpClientTransport transport, String name) {
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation(name, "1.0"))
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60))
                .build();
        client.initialize();
        return client;
    }

    /** Calls {@code tool} with arguments given as JSON text. */
    static McpSchema.CallToolResult call(McpSyncClient client, String tool, String arguments) {
        @SuppressWarnings("unchecked")
        Map<String, Object> args = GatewayPortal.JSON.readValue(arguments, Map.class);
        return client.callTool(new McpSchema.CallToolRequest(tool, args));
    }

    /** The structured result as JSON. */
    static JsonNode structured(McpSchema.CallToolResult result) {
        return GatewayPortal.JSON.valueToTree(result.structuredContent());
    }

    /** The text content, joined. */
    static String text(McpSchema.CallToolResult result) {
        return String.join("\n", result.content().stream()
                .map(c -> c instanceof McpSchema.TextContent t ? t.text() : String.valueOf(c)).toList());
    }

    static List<String> names(McpSyncClient client) {
        return client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    }
}
