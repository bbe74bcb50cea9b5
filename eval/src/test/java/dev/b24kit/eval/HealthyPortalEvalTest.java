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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.b24kit.eval.report.Reports;

/** The eval against a healthy test portal: every probe passes, and the reports are what CI and people read. */
class HealthyPortalEvalTest {

    private static EvalPortal portal;
    private static EvalReport report;
    private static Path folder;

    @BeforeAll
    static void runTheEval() throws IOException {
        portal = new EvalPortal();
        folder = EvalPortal.buildFolder("eval-healthy-" + EvalPortal.backendUnderTest().name().toLowerCase(java.util.Locale.ROOT));
        report = portal.run();
        Reports.write(report, folder);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void everyProbePassesAndScenariosAreSkippedWithoutAFolder() {
        assertThat(report.probes()).extracting(ProbeResult::id).containsExactly("connection", "field-map", "silent-drops",
                "round-trip", "listing", "limits", "idempotency", "events", "scenarios");
        assertThat(report.probes().subList(0, 8)).allSatisfy(p -> assertThat(p.status()).as(p.id() + ": " + p.summary() + " " + p.evidence())
                .isEqualTo(ProbeStatus.PASS));
        assertThat(EvalPortal.probe(report, "scenarios").status()).isEqualTo(ProbeStatus.SKIPPED);
        assertThat(report.passed()).isTrue();
        assertThat(report.testPortal()).isTrue();
    }

    @Test
    void theProbesShowTheirEvidence() {
        assertThat(EvalPortal.probe(report, "silent-drops").evidence()).filteredOn(e -> e.contains("raw crm.deal.update"))
                .hasSize(3).allSatisfy(e -> assertThat(e).contains("dropped (answered true").contains("caught"));
        assertThat(EvalPortal.probe(report, "limits").evidence().getFirst()).contains("QUERY_LIMIT_EXCEEDED reaching a caller: 0");
        assertThat(EvalPortal.probe(report, "idempotency").evidence()).anySatisfy(e -> assertThat(e).contains("adopted"));
        assertThat(EvalPortal.probe(report, "events").summary()).contains("by webhook");
    }

    @Test
    void theSandboxRecordsAreRemovedAfterTheRun() {
        long left = portal.portal.calls(0, Integer.MAX_VALUE).stream()
                .filter(c -> c.method().equals("crm.deal.add") || c.method().equals("crm.contact.add")).count();
        long removed = portal.portal.calls(0, Integer.MAX_VALUE).stream()
                .filter(c -> c.method().equals("crm.deal.delete") || c.method().equals("crm.contact.delete")).count();
        assertThat(left).isPositive();
        assertThat(removed).isEqualTo(left);
    }

    @Test
    void noArtifactHoldsTheWebhookSecret() throws IOException {
        String secret = portal.portal.webhookUrl().getPath().split("/")[3];
        for (String name : List.of(Reports.HTML, Reports.JSON, Reports.JUNIT)) {
            String text = Files.readString(folder.resolve(name));
            assertThat(text).as(name).doesNotContain(secret).contains("/rest/1/****/");
        }
        assertThat(Reports.summaryTable(report)).doesNotContain(secret);
    }

    @Test
    void junitXmlParsesWithOneTestCasePerProbe() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve(Reports.JUNIT).toFile());
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("tests")).isEqualTo("9");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList cases = suite.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(9);
        assertThat(((Element) cases.item(8)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
    }

    @Test
    void theReportJsonKeepsTheFieldMapResolutionForTheNextRun() {
        MapResolution kept = Reports.previousResolution(folder);
        assertThat(kept).isEqualTo(report.resolution());
        assertThat(kept.entry("deal.channel").values()).containsKeys("online", "partner");
    }

    @Test
    void theHtmlReportIsOneSelfContainedPageWithCharts() throws IOException {
        String html = Files.readString(folder.resolve(Reports.HTML));
        assertThat(html).contains("<svg", "Request latency", "Bucket headroom", "Operating headroom", "id=\"summary\"")
                .doesNotContain("<script", "src=\"http", "href=\"http", "<link");
    }
}
