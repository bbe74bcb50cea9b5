package dev.b24kit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.b24kit.eval.report.Reports;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.testportal.RecordedCall;

/**
 * Probe 9 against a healthy test portal: the two shipped scenarios pass through the gateway's tools, a
 * scenario whose expectation the portal does not meet fails naming it, a malformed file fails with the
 * file and what is accepted while the others still run, and a read-only run skips the scenarios that write.
 */
class ScenarioEvalTest {

    private static EvalPortal portal;
    private static EvalReport report;
    private static Path reports;

    @BeforeAll
    static void runTheScenarios() throws IOException {
        portal = new EvalPortal(true);
        Path folder = Files.createTempDirectory("b24kit-scenarios");
        for (String shipped : List.of("won-deal.yaml", "unknown-enum-value.yaml")) {
            Files.copy(Path.of("scenarios", shipped), folder.resolve(shipped));
        }
        Files.writeString(folder.resolve("wrong-amount.yaml"), """
                name: The amount is expected wrong on purpose
                setup:
                  deal: {entity: deal, fields: {OPPORTUNITY: 700, CURRENCY_ID: RUB}}
                steps:
                  - tool: get
                    arguments: {entity: deal, id: "${deal.id}"}
                state:
                  deal: {OPPORTUNITY: 900 RUB}
                feed:
                  deal: 1
                """);
        Files.writeString(folder.resolve("malformed.yaml"), """
                name: Misspelt
                steps:
                  - tool: update
                    expcet: {receipt: confirmed}
                """);
        reports = EvalPortal.buildFolder("eval-scenarios-" + EvalPortal.backendUnderTest().name().toLowerCase(java.util.Locale.ROOT));
        report = portal.run(c -> c.withScenarios(folder, null));
        Reports.write(report, reports);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void theShippedScenariosPassThroughTheGatewaysTools() {
        ProbeResult won = EvalPortal.probe(report, "scenario:won-deal");
        assertThat(won.status()).as(won.summary() + " " + won.evidence()).isEqualTo(ProbeStatus.PASS);
        assertThat(won.evidence()).anySatisfy(e -> assertThat(e).contains("state deal: STAGE_ID = Сделка успешна"))
                .anySatisfy(e -> assertThat(e).startsWith("step 2 (move_stage)").contains("confirmed"))
                .anySatisfy(e -> assertThat(e).isEqualTo("feed deal: 1 entry since the setup (as expected)"))
                .anySatisfy(e -> assertThat(e).startsWith("feed deal: #").contains("UPDATED").contains("STAGE_ID").contains("OPPORTUNITY"));
        ProbeResult refused = EvalPortal.probe(report, "scenario:unknown-enum-value");
        assertThat(refused.status()).as(refused.summary() + " " + refused.evidence()).isEqualTo(ProbeStatus.PASS);
        assertThat(refused.evidence()).anySatisfy(e -> assertThat(e).contains("reads the same after the call"));
    }

    @Test
    void anExpectationThePortalDoesNotMeetFailsNamingTheFieldAndBothValues() {
        ProbeResult wrong = EvalPortal.probe(report, "scenario:wrong-amount");
        assertThat(wrong.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(wrong.summary()).contains("deal.OPPORTUNITY is 700").contains("expected 900 RUB")
                .contains("the change feed has 0 entries for deal, expected 1");
        assertThat(EvalPortal.probe(report, "scenarios").status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(EvalPortal.probe(report, "scenarios").summary()).contains("4 scenarios: 2 passed, 2 failed");
    }

    @Test
    void aMalformedFileFailsNamingTheFileTheStepAndTheAcceptedKeys() {
        ProbeResult malformed = EvalPortal.probe(report, "scenario:malformed");
        assertThat(malformed.status()).isEqualTo(ProbeStatus.FAIL);
        assertThat(malformed.summary()).isEqualTo("malformed.yaml: step 1: unknown key 'expcet'; accepted: arguments, expect, tool");
    }

    @Test
    void theScenariosRecordsAreRemovedAndThePolicyIsPutBack() {
        List<RecordedCall> calls = portal.portal.calls(0, Integer.MAX_VALUE);
        long added = calls.stream().filter(c -> c.method().equals("crm.deal.add") && c.succeeded()).count();
        long deleted = calls.stream().filter(c -> c.method().equals("crm.deal.delete") && c.succeeded()).count();
        assertThat(added).isGreaterThanOrEqualTo(3);
        assertThat(deleted).isEqualTo(added);
        assertThat(portal.store.policies().find(portal.origin()).orElseThrow().mode()).isEqualTo(WriteMode.OBSERVE);
        assertThat(EvalPortal.probe(report, "scenarios").evidence()).anySatisfy(e -> assertThat(e).contains("set live for the scenarios"))
                .anySatisfy(e -> assertThat(e).contains("put back to observe"));
    }

    @Test
    void junitXmlHasOneTestCasePerProbeAndPerScenario() throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(reports.resolve("junit.xml").toFile());
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(9 + 4);
        assertThat(Files.readString(reports.resolve("report.html"))).contains("Scenario: Move a deal to the won stage");
        assertThat(Files.readString(reports.resolve("report.json"))).contains("scenario:won-deal")
                .doesNotContain(portal.portal.webhookUrl().getPath().split("/")[3]);
    }

    @Test
    void aReadOnlyRunSkipsTheScenariosThatWriteWithTheReason() throws IOException {
        Path folder = Files.createTempDirectory("b24kit-scenarios-ro");
        Files.copy(Path.of("scenarios", "won-deal.yaml"), folder.resolve("won-deal.yaml"));
        EvalReport readOnly = portal.run(c -> c.withScenarios(folder, null).withReadOnly(true));
        ProbeResult won = EvalPortal.probe(readOnly, "scenario:won-deal");
        assertThat(won.status()).isEqualTo(ProbeStatus.SKIPPED);
        assertThat(won.summary()).startsWith("read-only run: the scenario writes");
    }
}
