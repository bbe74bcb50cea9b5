package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import dev.b24kit.testportal.PortalConfig;

/** {@code b24kit gateway}: on stdio with the embedded test portal as an MCP client starts it; flags refused clearly. */
class GatewayCommandTest {

    @Test
    void withoutAPortalItServesStdioOnAnEmbeddedTestPortalWithChangeTrackingAndSaysSo() throws Exception {
        Path db = Files.createTempDirectory("b24kit-gateway-cli").resolve("store.db");
        StringBuffer stderr = new StringBuffer();
        ServerParameters child = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                        "gateway", "--stdio", "--db", db.toString(), "--read-only")
                .build();
        StdioClientTransport transport = new StdioClientTransport(child, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> stderr.append(line).append('\n'));
        McpSyncClient agent = McpClient.sync(transport).clientInfo(new McpSchema.Implementation("cli-test", "1"))
                .requestTimeout(Duration.ofSeconds(120)).initializationTimeout(Duration.ofSeconds(180)).build();
        try {
            agent.initialize();
            assertThat(agent.listTools().tools().stream().map(McpSchema.Tool::name))
                    .contains("describe_entity", "search", "changes_since").doesNotContain("update", "create", "move_stage");
            McpSchema.CallToolResult found = agent.callTool(new McpSchema.CallToolRequest("search",
                    Map.of("entity", "company", "limit", 1)));
            assertThat(found.isError()).isFalse();
            assertThat(found.structuredContent().toString()).contains("total=100");
        } finally {
            agent.closeGracefully();
        }
        assertThat(stderr.toString()).contains("embedded test portal").contains("change tracking is wired")
                .contains("MCP on stdio").contains("/events");
    }

    @Test
    void onStdioStdoutCarriesOnlyTheProtocolAndTheEndOfStdinStopsItWithExitZero() throws Exception {
        Path db = Files.createTempDirectory("b24kit-gateway-cli").resolve("store.db");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "gateway", "--db", db.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var in = new java.io.PrintWriter(new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
            var out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in.println("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
            String initialized = out.readLine();
            in.println("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            in.println("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            String listed = out.readLine();
            in.close();
            String rest = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            var json = tools.jackson.databind.json.JsonMapper.builder().build();
            assertThat(json.readTree(initialized).get("result").get("serverInfo").get("name").asString()).isEqualTo("b24kit-gateway");
            assertThat(json.readTree(listed).get("result").get("tools").size()).isEqualTo(8);
            assertThat(rest).isEmpty();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutAllowRemoteIsAUsageError() throws Exception {
        Path db = Files.createTempDirectory("b24kit-gateway-cli").resolve("store.db");
        Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false, InstantSource.system(), db.toString());

        CommandRun run = CommandRun.run(launch, "gateway", "--http", "0.0.0.0:0", "--token", "a-token-of-sixteen-chars");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("--allow-remote").doesNotContain("a-token-of-sixteen-chars");
        // refused before anything started: no store made, no embedded portal
        assertThat(db).doesNotExist();
        assertThat(run.stderr()).doesNotContain("embedded test portal");
    }

    @Test
    void aRedisValueThatIsNotAUrlIsAUsageErrorThatDoesNotShowIt() throws Exception {
        Path db = Files.createTempDirectory("b24kit-gateway-cli").resolve("store.db");
        Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false, InstantSource.system(), db.toString());

        CommandRun run = CommandRun.run(launch, "gateway", "--redis", "not a url:pass@word");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("--redis is not a Redis URL").doesNotContain("pass@word");
    }

    @Test
    void aShortTokenIsAUsageErrorThatDoesNotShowIt() throws Exception {
        Path db = Files.createTempDirectory("b24kit-gateway-cli").resolve("store.db");
        Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false, InstantSource.system(), db.toString());

        CommandRun run = CommandRun.run(launch, "gateway", "--http", "127.0.0.1:0", "--token", "short-secret");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("at least 16 characters").doesNotContain("short-secret");
    }

    @Test
    void overHttpItPrintsAOneTimeLoginLinkToTheProposalsPageAndMetricsCountWhatWasCaught() throws Exception {
        Path db = Files.createTempDirectory("b24kit-gateway-cli").resolve("store.db");
        int port = ChangeFlags.freePort();
        String token = "cli-test-token-0123456789";
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "gateway", "--http", "127.0.0.1:" + port, "--token", token, "--db", db.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var err = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            String link = null;
            for (String line = err.readLine(); line != null && link == null; line = err.readLine()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("sign in once with (\\S+)").matcher(line);
                link = m.find() ? m.group(1) : null;
            }
            assertThat(link).startsWith("http://127.0.0.1:" + port + "/login?secret=");
            var http = java.net.http.HttpClient.newHttpClient();

            var signIn = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            var proposals = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + port + "/proposals")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            var metrics = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .header("Authorization", "Bearer " + token).build(), java.net.http.HttpResponse.BodyHandlers.ofString());

            assertThat(signIn.statusCode()).isEqualTo(200);
            assertThat(signIn.body()).contains("<form method=\"post\" action=\"/login\"");
            assertThat(proposals.statusCode()).as("no session yet").isNotEqualTo(200);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("b24kit_trust_refused_total", "b24kit_trust_limit_wait_total").doesNotContain(token);
        } finally {
            process.destroyForcibly();
        }
    }
}
