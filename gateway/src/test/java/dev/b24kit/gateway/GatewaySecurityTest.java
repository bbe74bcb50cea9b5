package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.modelcontextprotocol.client.McpSyncClient;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;

/** HTTP needs the bearer token, a forged Origin or Host is refused, and no secret shows anywhere. */
class GatewaySecurityTest {

    private static final String TOKEN = "security-token-0123456789";
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"curl\",\"version\":\"1\"}}}";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private GatewayPortal portal;
    private Gateway gateway;

    @BeforeEach
    void start() {
        logs.start();
        root().addAppender(logs);
        portal = new GatewayPortal();
        gateway = Gateway.builder(portal.toolsConfig())
                .listen(new InetSocketAddress("127.0.0.1", 0), GatewayToken.of(TOKEN), true)
                .intake("application-token-secret-42")
                .build().start();
    }

    /** Logback's root logger, once SLF4J has started: while another class's thread starts it, SLF4J hands out stand-ins. */
    private static Logger root() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("SLF4J did not finish starting Logback within 10 s");
            }
            Thread.onSpinWait();
        }
        return context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @AfterEach
    void stop() {
        root().detachAppender(logs);
        gateway.close();
        portal.close();
    }

    private HttpResponse<String> post(String path, String authorization, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri().resolve(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.uri().resolve(path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void mcpWithoutTheTokenOrWithAWrongOneIsUnauthorized() throws Exception {
        assertThat(post("/mcp", null, null).statusCode()).isEqualTo(401);
        assertThat(post("/mcp", "Bearer wrong-token-0123456789", null).statusCode()).isEqualTo(401);
        assertThat(post("/mcp", "Basic " + TOKEN, null).statusCode()).isEqualTo(401);
        assertThat(get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(post("/mcp", "Bearer " + TOKEN, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aForgedOriginIsRefusedAndALoopbackOriginIsNot() throws Exception {
        assertThat(post("/mcp", "Bearer " + TOKEN, "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(post("/mcp", "Bearer " + TOKEN, "http://localhost:3000").statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestForAnotherHostNameIsRefusedWhileBoundToLoopback() throws IOException {
        URI uri = gateway.uri();
        byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /mcp HTTP/1.1\r\nHost: rebound.evil.example:" + uri.getPort() + "\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 421");
        }
    }

    @Test
    void listeningBeyondLoopbackIsRefusedWithoutAllowRemote() {
        assertThatThrownBy(() -> Gateway.builder(portal.toolsConfig())
                .listen(new InetSocketAddress("0.0.0.0", 0), GatewayToken.of(TOKEN), true).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--allow-remote");
    }

    @Test
    void theWebhookSecretAndTheTokensAppearInNoToolResultLogLineOrMetric() throws Exception {
        String webhookSecret = portal.portal.webhookUrl().getPath().split("/")[3];
        List<String> seen = new ArrayList<>();
        try (McpSyncClient agent = McpClients.http(gateway.uri(), TOKEN, "secret-seeker")) {
            seen.add(McpClients.text(McpClients.call(agent, "search", "{\"entity\": \"deal\", \"limit\": 2}")));
            seen.add(McpClients.text(McpClients.call(agent, "describe_entity", "{\"entity\": \"deal\"}")));
            seen.add(McpClients.text(McpClients.call(agent, "update", "{\"entity\": \"deal\", \"id\": 1, \"fields\": "
                    + "{\"TITLE\": \"x\"}, \"reason\": \"r\"}")));
            portal.portal.faults().add(FaultRule.always(new Fault.ServerError(500), "*"));
            seen.add(McpClients.text(McpClients.call(agent, "get", "{\"entity\": \"deal\", \"id\": 1}")));
            portal.portal.faults().clear();
        }
        seen.add(get("/metrics", "Bearer " + TOKEN).body());
        seen.add(get("/health", null).body());
        logs.list.forEach(event -> seen.add(event.getFormattedMessage()));

        assertThat(seen.get(3)).contains("the portal failed");
        assertThat(seen).isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain(webhookSecret).doesNotContain(TOKEN).doesNotContain("application-token-secret-42"));
        assertThat(seen.get(4)).contains("b24kit_gateway_tool_calls");
    }
}
