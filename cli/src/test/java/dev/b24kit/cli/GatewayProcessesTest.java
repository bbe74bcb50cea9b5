package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two real {@code b24kit gateway --http} processes on one PostgreSQL store and one Redis bucket serve one portal
 * together: a proposal made through one is seen through the other, the journal they share makes a create with one
 * key one record, and each says on /health that its bucket is the shared one.
 */
class GatewayProcessesTest {

    private static final String TOKEN = "processes-token-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Process> processes = new ArrayList<>();
    private final List<McpSyncClient> clients = new ArrayList<>();
    private TestPortal portal;
    private String db;
    private String schema;

    @BeforeEach
    void start() throws Exception {
        String pg = System.getenv().getOrDefault("B24KIT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        URI pgAddress = URI.create(pg.substring("jdbc:".length()));
        requireService("PostgreSQL", pgAddress.getHost(), pgAddress.getPort() < 0 ? 5432 : pgAddress.getPort());
        requireService("Redis", "127.0.0.1", 6379);
        schema = "b24kit_test_gw_" + Long.toHexString(System.nanoTime());
        try (var connection = DriverManager.getConnection(pg); var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        db = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        portal = TestPortal.start(PortalConfig.fast().withData(20, 5, 5, 5));
    }

    @AfterEach
    void stop() throws Exception {
        clients.forEach(McpSyncClient::close);
        processes.forEach(Process::destroyForcibly);
        readers.shutdownNow();
        if (portal != null) {
            portal.close();
        }
        if (schema != null) {
            String pg = System.getenv().getOrDefault("B24KIT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            try (var connection = DriverManager.getConnection(pg); var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Test
    void twoGatewaysShareProposalsJournalAndBucket() throws Exception {
        portal.events().delivery(EventDelivery.PROMPT);
        Gw a = startGateway(ChangeFlags.freePort(), false, null);
        // b takes its secrets from the environment, out of the process list, the application token included
        int bPort = ChangeFlags.freePort();
        String appToken = portal.events().addOutgoingWebhook(URI.create("http://127.0.0.1:" + bPort + "/events"),
                List.of("ONCRMDEALUPDATE")).applicationToken();
        Gw b = startGateway(bPort, true, appToken);
        assertThat(b.process.info().commandLine().orElse("")).as("b's command line").contains("gateway")
                .doesNotContain(secret()).doesNotContain(TOKEN).doesNotContain(appToken);
        McpSyncClient agentA = client(a.uri, "agent-a");
        McpSyncClient agentB = client(b.uri, "agent-b");

        JsonNode proposed = call(agentA, "update", "{\"entity\": \"deal\", \"id\": 1, \"fields\": {\"Название\": \"Shared\"}, "
                + "\"reason\": \"test\"}");
        String proposal = proposed.get("proposal").asString();
        JsonNode seenByB = call(agentB, "proposal_status", "{\"id\": \"" + proposal + "\"}");
        assertThat(seenByB.get("proposals").get(0).get("state").asString()).isEqualTo("open");

        CommandRun live = CommandRun.run(new Launch(null, PortalConfig.fast(), false, InstantSource.system(), db),
                "policy", "live", "--by", "anna", "--portal", portal.webhookUrl().toString());
        assertThat(live.exitCode()).as(live.stderr()).isZero();

        String create = "{\"entity\": \"deal\", \"fields\": {\"Название\": \"Shared order\"}, \"key\": \"shared-1\"}";
        JsonNode first = call(agentA, "create", create);
        JsonNode second = call(agentB, "create", create);
        assertThat(first.get("receipt").get("kind").asString()).isEqualTo("confirmed");
        assertThat(second.get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(second.get("receipt").get("recordId").asLong()).isEqualTo(first.get("receipt").get("recordId").asLong());

        for (Gw gw : List.of(a, b)) {
            JsonNode health = JSON.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(gw.uri.resolve("/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertThat(health.get("bucket").get("kind").asString()).isEqualTo("redis");
            assertThat(health.get("store").get("backend").asString()).isEqualTo("postgresql");
            assertThat(health.get("status").asString()).isEqualTo("ok");
        }
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(a.uri.resolve("/metrics"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString()).body();
        try (Bitrix24Client person = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString())).build()) {
            person.call("crm.deal.update", Params.of("id", 2).with("fields", JSON.readTree("{\"TITLE\": \"Changed in the portal\"}")));
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(call(agentB, "changes_since",
                "{\"entity\": \"deal\"}").toString()).as("b's /events took the event with the token from its environment")
                .contains("Changed in the portal").contains("webhook"));
        assertThat(metrics).contains("b24kit_client_calls_seconds_count").contains("b24kit_gateway_receipts_total{kind=\"confirmed\"} 1.0")
                .contains("b24kit_gateway_proposals_pending 1.0").contains("b24kit_gateway_tool_calls_seconds_count")
                .doesNotContain(secret()).doesNotContain(TOKEN);
        for (Gw gw : List.of(a, b)) {
            gw.process.toHandle().destroy();
            assertThat(gw.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(gw.process.exitValue()).isZero();
            String log = gw.stderr.get(30, TimeUnit.SECONDS);
            assertThat(log).contains("stopped").doesNotContain(TOKEN).doesNotContain(secret());
        }
    }

    private record Gw(Process process, URI uri, CompletableFuture<String> stderr) {
    }

    /** {@code secretsInEnvironment}: the webhook, the token and {@code appToken} (nullable) as variables, not flags. */
    private Gw startGateway(int port, boolean secretsInEnvironment, String appToken) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "gateway", "--http", "127.0.0.1:" + port, "--plan", "100000/100000",
                "--db", db, "--redis", "redis://127.0.0.1:6379"));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (secretsInEnvironment) {
            builder.environment().put("B24KIT_PORTAL", portal.webhookUrl().toString());
            builder.environment().put("B24KIT_GATEWAY_TOKEN", TOKEN);
            if (appToken != null) {
                builder.environment().put("B24KIT_APP_TOKEN", appToken);
            }
        } else {
            command.addAll(List.of("--portal", portal.webhookUrl().toString(), "--token", TOKEN));
            if (appToken != null) {
                command.addAll(List.of("--app-token", appToken));
            }
        }
        Process process = builder.command(command).start();
        processes.add(process);
        CompletableFuture<String> ready = new CompletableFuture<>();
        CompletableFuture<String> all = CompletableFuture.supplyAsync(() -> {
            StringBuilder text = new StringBuilder();
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                    text.append(line).append('\n');
                    if (line.contains("MCP at")) {
                        ready.complete(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ready.complete(null);
            return text.toString();
        }, readers);
        assertThat(ready.get(180, TimeUnit.SECONDS)).as("the gateway did not start").isNotNull();
        return new Gw(process, URI.create("http://127.0.0.1:" + port), all);
    }

    private McpSyncClient client(URI uri, String name) {
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(uri.toString()).endpoint("/mcp")
                        .httpRequestCustomizer((b, method, u, body, context) -> b.header("Authorization", "Bearer " + TOKEN))
                        .build())
                .clientInfo(new McpSchema.Implementation(name, "1.0")).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        clients.add(client);
        return client;
    }

    private static JsonNode call(McpSyncClient client, String tool, String arguments) {
        @SuppressWarnings("unchecked")
        Map<String, Object> args = JSON.readValue(arguments, Map.class);
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, args));
        return JSON.valueToTree(result.structuredContent());
    }

    private String secret() {
        return portal.webhookUrl().getPath().split("/")[3];
    }

    private static void requireService(String name, String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        } catch (IOException e) {
            String message = name + " is not reachable at " + host + ":" + port;
            if ("true".equalsIgnoreCase(System.getenv().getOrDefault("B24KIT_REQUIRE_SERVICES", "false").strip())) {
                throw new AssertionError(message + "; B24KIT_REQUIRE_SERVICES=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(message + "; skipped because B24KIT_REQUIRE_SERVICES is not true.");
        }
    }
}
