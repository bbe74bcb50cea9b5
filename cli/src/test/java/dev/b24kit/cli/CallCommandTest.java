package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.InstantSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** {@code b24kit call}, in-process against a test portal. */
class CallCommandTest {

    private static final String SECRET = "callsecret31415";
    private static TestPortal portal;

    private final Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false, InstantSource.system());

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.start(PortalConfig.fast().withData(60, 5, 5, 5).withSecret(SECRET));
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    @AfterEach
    void resetPortal() {
        portal.reset(); // faults, and a deal some test wrote
    }

    private CommandRun call(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "call";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--portal";
        full[args.length + 2] = portal.webhookUrl().toString();
        return CommandRun.run(launch, full);
    }

    @Test
    void printsTheResultOfOneCallAsJson() {
        CommandRun run = call("crm.deal.get", "id=5");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode deal = OffsetWitness.JSON.readTree(run.stdout());
        assertThat(deal.get("ID").asString()).isEqualTo("5");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void readsParametersInPhpBracketFormAndReportsTheTotalOnStderr() {
        CommandRun run = call("crm.deal.list", "filter[>ID]=50", "select[]=ID", "select[]=TITLE", "order[ID]=ASC");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode rows = OffsetWitness.JSON.readTree(run.stdout());
        assertThat(rows).hasSize(10);
        assertThat(rows.get(0).get("ID").asString()).isEqualTo("51");
        assertThat(rows.get(0).propertyNames()).containsExactlyInAnyOrder("ID", "TITLE");
        assertThat(run.stderrLines()).containsExactly("b24kit call: total 10, no next page");
    }

    @Test
    void aParameterWithoutEqualsIsAUsageError() {
        CommandRun run = call("crm.deal.get", "id");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).singleElement().asString().startsWith("b24kit call: ")
                .contains("'id' is not key=value");
    }

    @Test
    void aMalformedMethodNameIsAUsageError() {
        CommandRun run = call("crm deal get", "id=1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString().contains("not a Bitrix24 method name");
    }

    @Test
    void anUnknownMethodFailsWithThePortalsMessage() {
        CommandRun run = call("crm.deal.frobnicate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).singleElement().asString()
                .startsWith("b24kit call: crm.deal.frobnicate: ").contains("ERROR_METHOD_NOT_FOUND");
    }

    @Test
    void aRejectedRequestFailsWithThePortalsMessage() {
        CommandRun run = call("crm.deal.get", "id=999999");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).singleElement().asString().startsWith("b24kit call: crm.deal.get: ")
                .containsIgnoringCase("not found");
    }

    @Test
    void aWrongSecretFailsWithoutShowingEitherSecret() {
        String wrong = portal.webhookUrl().toString().replace(SECRET, "wrongsecret2718");

        CommandRun run = CommandRun.run(launch, "call", "crm.deal.get", "id=1", "--portal", wrong);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).singleElement().asString().contains("INVALID_CREDENTIALS", "webhook URL");
        assertThat(run.stdout() + run.stderr()).doesNotContain("wrongsecret2718", SECRET);
    }

    @Test
    void aWriteWhoseOutcomeIsUnknownExitsWithSix() {
        portal.faults().add(FaultRule.parse("drop-after-commit@crm.deal.add,count=1"));

        CommandRun run = call("crm.deal.add", "fields[TITLE]=Written once, or not at all?");

        assertThat(run.exitCode()).isEqualTo(6);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).singleElement().asString().startsWith("b24kit call: crm.deal.add: ")
                .contains("unknown");
        assertThat(run.stderr()).doesNotContain(SECRET);
    }

    @Test
    void aBatchIsRefusedAsAUsageError() {
        CommandRun run = call("batch", "cmd[a]=server.time");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString().contains("batch");
    }
}
