package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.b24kit.store.Store;
import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.testportal.PortalConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code b24kit trust} prints the numbers the store holds, as a table or as JSON. */
class TrustCommandTest {

    private static final String PORTAL = "https://acme.bitrix24.test";

    @TempDir
    Path folder;

    private final Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false, InstantSource.system());

    private String storeWithCatches() {
        String location = folder.resolve("store.db").toString();
        try (Store store = Store.open(location)) {
            store.audit().append(new AuditEvent(PORTAL, "agent:bot", "write.refused", null, null,
                    "{\"entity\":\"deal\",\"recordId\":4,\"field\":\"Стадия сделки (STAGE_ID)\",\"value\":\"Won?\",\"reason\":\"no such stage\"}"));
            store.changes().feed().append(new FeedEntry(0, PORTAL, "deal", 4, ChangeKind.UPDATED, ChangeSource.RECONCILE, null, "[]"));
            store.changes().feed().append(new FeedEntry(0, PORTAL, "deal", 5, ChangeKind.UPDATED, ChangeSource.WEBHOOK, null, "[]"));
            store.trust().limitWait(PORTAL, "crm.deal.update", "bucket", Duration.ofMillis(300));
            store.trust().limitWait(PORTAL, "crm.deal.update", "bucket", Duration.ofMillis(300));
        }
        return location;
    }

    @Test
    void printsEachCatchPerDayAndInTotalWithTheRefusalsByField() {
        CommandRun run = CommandRun.run(launch, "trust", "--db", storeWithCatches());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines().get(0)).startsWith("day").contains("refused", "drifted", "duplicate-prevented",
                "unknown-resolved", "event-recovered", "limit-wait");
        assertThat(run.stdoutLines()).anySatisfy(line -> assertThat(line.split("\\s+"))
                .containsExactly("total", "1", "0", "0", "0", "1", "2"));
        assertThat(run.stdout()).contains("1  Стадия сделки (STAGE_ID)");
    }

    @Test
    void jsonCarriesTheTotalsTheFieldsAndTheDays() throws Exception {
        CommandRun run = CommandRun.run(launch, "trust", "--db", storeWithCatches(), "--json", "--origin", PORTAL);

        JsonNode json = JsonMapper.builder().build().readTree(run.stdout());
        assertThat(json.path("total").path("limit-wait").asLong()).isEqualTo(2);
        assertThat(json.path("total").path("event-recovered").asLong()).isEqualTo(1);
        assertThat(json.path("refusedByField").path("Стадия сделки (STAGE_ID)").asLong()).isEqualTo(1);
        assertThat(json.path("days")).hasSize(1);
        assertThat(CommandRun.run(launch, "trust", "--db", storeWithCatches(), "--json", "--origin", "https://other.test")
                .stdout()).contains("\"refused\":0");
    }

    @Test
    void aWebhookUrlGivenAsTheOriginIsRefusedWithoutShowingItsSecret() {
        CommandRun run = CommandRun.run(launch, "trust", "--db", storeWithCatches(), "--origin",
                "https://acme.bitrix24.test/rest/1/s3cr3tw3bh00k/");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stdout() + run.stderr()).doesNotContain("s3cr3tw3bh00k").contains("origin");
    }
}
