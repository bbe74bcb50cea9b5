package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * {@code b24kit sync}, {@code mirror} and {@code changes}, in-process against a test portal whose
 * outgoing webhook points at the intake: a change made through a client comes out as a change line,
 * and the store then answers the other two commands.
 */
class SyncCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    private final Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false,
            java.time.InstantSource.system());
    private TestPortal portal;
    private Bitrix24Client client;
    private int port;
    private String token;

    @BeforeEach
    void startPortal() {
        portal = TestPortal.start(PortalConfig.fast().withData(5, 0, 0, 0));
        portal.events().delivery(EventDelivery.PROMPT);
        port = ChangeFlags.freePort();
        token = portal.events().addOutgoingWebhook(URI.create("http://127.0.0.1:" + port + "/events"),
                List.of("ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE")).applicationToken();
        client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString())).build();
    }

    @AfterEach
    void stopPortal() {
        client.close();
        portal.close();
    }

    private String db() {
        return folder.resolve("b24kit.db").toString();
    }

    @Test
    void printsAChangeLineForADealChangedThroughTheClient() throws Exception {
        StringWriter out = new StringWriter();
        // ready once the first reconcile (the initial load, which adds no feed entries) is done
        CompletableFuture<Void> ready = new CompletableFuture<>();
        StringWriter err = new StringWriter() {
            @Override
            public void flush() {
                if (toString().contains("last reconcile at")) {
                    ready.complete(null);
                }
            }
        };
        CommandLine commandLine = Main.commandLine(launch);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        CompletableFuture<Integer> sync = CompletableFuture.supplyAsync(() -> commandLine.execute("sync",
                "--portal", portal.webhookUrl().toString(), "--plan", "1000/1000", "--token", token,
                "--listen", "127.0.0.1:" + port, "--entities", "deal", "--db", db(), "--stop-after-changes", "1"));
        CompletableFuture.anyOf(ready, sync).get(30, TimeUnit.SECONDS);

        client.call("crm.deal.update", Params.of("id", 2).with("fields", Map.of("TITLE", "Renamed by the test")));

        int code;
        try {
            code = sync.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no change line; stderr: " + err + "; deliveries: " + portal.events().outcomes(), e);
        }
        CommandRun run = new CommandRun(code, out.toString(), err.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines()).hasSize(1);
        JsonNode line = JSON.readTree(run.stdoutLines().getFirst());
        assertThat(line.path("entity").asString()).isEqualTo("deal");
        assertThat(line.path("id").asLong()).isEqualTo(2);
        assertThat(line.path("source").asString()).isEqualTo("WEBHOOK");
        assertThat(line.path("changes").toString()).contains("Renamed by the test");
        assertThat(run.stderr()).contains("listening on http://127.0.0.1:" + port + "/events", "pending", "stopped")
                .doesNotContain(token);

        CommandRun changes = CommandRun.run(launch, "changes", "--db", db());
        assertThat(changes.stdoutLines()).containsExactlyElementsOf(run.stdoutLines());
        assertThat(CommandRun.run(launch, "changes", "--db", db(), "--since", Long.toString(line.path("seq").asLong()))
                .stdout()).isEmpty();

        CommandRun mirror = CommandRun.run(launch, "mirror", "deal", "--db", db());
        assertThat(mirror.exitCode()).as(mirror.stderr()).isZero();
        List<JsonNode> records = mirror.stdoutLines().stream().map(JSON::readTree).toList();
        assertThat(records).extracting(r -> r.path("ID").asString()).contains("2");
        JsonNode renamed = records.stream().filter(r -> r.path("ID").asString().equals("2")).findFirst().orElseThrow();
        assertThat(renamed.path("TITLE").asString()).isEqualTo("Renamed by the test");
        assertThat(renamed.path("labels").isObject()).isTrue();
    }

    @Test
    void tracksASmartProcessNamedByItsTitleWithSeveralWorkersAndMirrorsItCamelCased() throws Exception {
        String itemToken = portal.events().addOutgoingWebhook(URI.create("http://127.0.0.1:" + port + "/events"),
                List.of("ONCRMDYNAMICITEMADD_1030", "ONCRMDYNAMICITEMUPDATE_1030", "ONCRMDYNAMICITEMDELETE_1030"))
                .applicationToken();
        StringWriter out = new StringWriter();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        StringWriter err = new StringWriter() {
            @Override
            public void flush() {
                if (toString().contains("last reconcile at")) {
                    ready.complete(null);
                }
            }
        };
        CommandLine commandLine = Main.commandLine(launch);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        CompletableFuture<Integer> sync = CompletableFuture.supplyAsync(() -> commandLine.execute("sync",
                "--portal", portal.webhookUrl().toString(), "--plan", "1000/1000", "--token", itemToken,
                "--listen", "127.0.0.1:" + port, "--entities", "Договоры", "--workers", "3", "--db", db(),
                "--stop-after-changes", "1"));
        CompletableFuture.anyOf(ready, sync).get(30, TimeUnit.SECONDS);

        client.call("crm.item.update", Params.of("entityTypeId", 1030).with("id", 1)
                .with("fields", Map.of("title", "Renamed contract")));

        int code;
        try {
            code = sync.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no change line; stderr: " + err + "; deliveries: " + portal.events().outcomes(), e);
        }
        CommandRun run = new CommandRun(code, out.toString(), err.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("tracking item:1030");
        JsonNode line = JSON.readTree(run.stdoutLines().getFirst());
        assertThat(line.path("entity").asString()).isEqualTo("item:1030");
        assertThat(line.path("id").asLong()).isEqualTo(1);
        assertThat(line.path("changes").toString()).contains("\"field\":\"title\"", "Renamed contract");

        CommandRun mirror = CommandRun.run(launch, "mirror", "item:1030", "--db", db());
        assertThat(mirror.exitCode()).as(mirror.stderr()).isZero();
        JsonNode renamed = mirror.stdoutLines().stream().map(JSON::readTree).filter(r -> r.path("id").asLong() == 1)
                .findFirst().orElseThrow();
        assertThat(renamed.path("title").asString()).isEqualTo("Renamed contract");
        assertThat(renamed.path("labels").path("stageId").asString()).isNotEmpty();
    }

    @Test
    void refusesAWorkerCountBelowOneAndASmartProcessThePortalDoesNotHave() {
        CommandRun none = CommandRun.run(launch, "sync", "--portal", portal.webhookUrl().toString(), "--token", token,
                "--workers", "0", "--db", db());
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.stderr()).contains("--workers", "0");
        CommandRun unknown = CommandRun.run(launch, "sync", "--portal", portal.webhookUrl().toString(), "--token", token,
                "--entities", "Счета", "--listen", "127.0.0.1:0", "--db", db());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.stderr()).contains("Счета", "Договоры");
    }

    @Test
    void refusesAPortalWithoutItsApplicationToken() {
        CommandRun run = CommandRun.run(launch, "sync", "--portal", portal.webhookUrl().toString(), "--db", db());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("--token is required");
    }

    @Test
    void refusesAnEntityItCannotTrack() {
        CommandRun run = CommandRun.run(launch, "mirror", "invoice", "--db", db());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("'invoice'", "deal, contact, company, lead", "item:ENTITY_TYPE_ID");
    }

    @Test
    void printsNothingFromAnEmptyStore() {
        assertThat(CommandRun.run(launch, "changes", "--db", db()).stdout()).isEmpty();
        CommandRun mirror = CommandRun.run(launch, "mirror", "deal", "--db", db());
        assertThat(mirror.exitCode()).isZero();
        assertThat(mirror.stdout()).isEmpty();
        assertThat(mirror.stderr()).contains("run b24kit sync first");
    }

    @Test
    void opensTheStoreThatB24kitDbNamesWhenNoFlagIsGiven() {
        Path named = folder.resolve("from-environment.db");
        Launch withDb = new Launch(null, PortalConfig.fast(), false, java.time.InstantSource.system(), named.toString());
        assertThat(CommandRun.run(withDb, "changes").exitCode()).isZero();
        assertThat(named).exists();
    }

    @Test
    void withOfflineItReadsTheEmbeddedPortalsOfflineQueueAndPrintsTheChangeWithSourceOffline() throws Exception {
        int embeddedPort = ChangeFlags.freePort();
        Launch embedded = new Launch(null, PortalConfig.fast().withPort(embeddedPort).withSecret("offlinetest"), false,
                java.time.InstantSource.system());
        StringWriter out = new StringWriter();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        StringWriter err = new StringWriter() {
            @Override
            public void flush() {
                if (toString().contains("last reconcile at")) {
                    ready.complete(null);
                }
            }
        };
        CommandLine commandLine = Main.commandLine(embedded);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        CompletableFuture<Integer> sync = CompletableFuture.supplyAsync(() -> commandLine.execute("sync", "--offline",
                "--plan", "1000/1000", "--entities", "deal", "--db", db(), "--stop-after-changes", "1"));
        CompletableFuture.anyOf(ready, sync).get(60, TimeUnit.SECONDS);

        try (Bitrix24Client person = Bitrix24Client.builder(Credentials.webhook(
                "http://127.0.0.1:" + embeddedPort + "/rest/1/offlinetest/")).build()) {
            person.call("crm.deal.update", Params.of("id", 2).with("fields", Map.of("TITLE", "Renamed offline")));
        }

        int code;
        try {
            code = sync.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no change line; stderr: " + err, e);
        }
        CommandRun run = new CommandRun(code, out.toString(), err.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode line = JSON.readTree(run.stdoutLines().getFirst());
        assertThat(line.path("id").asLong()).isEqualTo(2);
        assertThat(line.path("source").asString()).isEqualTo("OFFLINE");
        assertThat(line.path("changes").toString()).contains("Renamed offline");
        assertThat(run.stderr()).contains("offline events of deal", "auth_connector b24kit", "stopped")
                .doesNotContain("listening on");
    }

    @Test
    void refusesOfflineWithAWebhookPortalNamingWhatItNeeds() {
        CommandRun run = CommandRun.run(launch, "sync", "--offline", "--portal", portal.webhookUrl().toString(), "--db", db());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.stderr()).contains("--offline needs an application's OAuth credentials");
    }
}
