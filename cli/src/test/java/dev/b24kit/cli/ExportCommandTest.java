package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** {@code b24kit export}, in-process against a test portal; the portal's own offset pages are the witness. */
class ExportCommandTest {

    private static final String SECRET = "exportsecret4242";
    private static final int DEALS = 1234;
    private static TestPortal portal;
    private static String hook;

    private final Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false,
            new FakeClock(Duration.ofSeconds(1)));

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.start(PortalConfig.fast().withData(DEALS, 40, 12, 25).withSecret(SECRET));
        hook = portal.webhookUrl().toString();
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    private CommandRun export(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "export";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--portal";
        full[args.length + 2] = hook;
        return CommandRun.run(launch, full);
    }

    private static List<JsonNode> rows(List<String> lines) {
        return lines.stream().map(OffsetWitness.JSON::readTree).toList();
    }

    private static List<Long> ids(List<JsonNode> rows, String idField) {
        return rows.stream().map(row -> Long.parseLong(row.get(idField).asString())).toList();
    }

    @Test
    void writesEveryDealExactlyOnceAsOneCompactJsonObjectPerLine() {
        CommandRun run = export("deals");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<JsonNode> rows = rows(run.stdoutLines());
        assertThat(ids(rows, "ID")).hasSize(DEALS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(OffsetWitness.ids(portal, "crm.deal.list", "ID", Map.of()));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).isObject()).isTrue();
            assertThat(run.stdoutLines().get(i)).isEqualTo(rows.get(i).toString()); // compact, nothing else on the line
        }
        assertThat(rows.getFirst().has("TITLE")).isTrue(); // the method's default select
    }

    @ParameterizedTest
    @CsvSource({"contacts, crm.contact.list", "companies, crm.company.list", "leads, crm.lead.list"})
    void writesContactsCompaniesAndLeadsFromTheirListMethods(String entity, String method) {
        CommandRun run = export(entity, "--select", "ID");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(ids(rows(run.stdoutLines()), "ID")).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(OffsetWitness.ids(portal, method, "ID", Map.of()));
        assertThat(run.stderr()).contains("b24kit export: " + entity + " (" + method + ") from ");
    }

    @Test
    void writesASmartProcessThroughCrmItemList() {
        int entityTypeId = OffsetWitness.get(portal, "crm.type.list", Map.of(), "").get("result").get("types").get(0)
                .get("entityTypeId").asInt();

        CommandRun run = export("item:" + entityTypeId);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<Long> expected = OffsetWitness.ids(portal, "crm.item.list", "id",
                Map.of("entityTypeId", Integer.toString(entityTypeId)));
        assertThat(expected).isNotEmpty();
        assertThat(ids(rows(run.stdoutLines()), "id")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void writesDealsThroughCrmItemListWithItem2() {
        CommandRun run = export("item:2", "--select", "id,title");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<JsonNode> rows = rows(run.stdoutLines());
        assertThat(ids(rows, "id")).hasSize(DEALS).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(OffsetWitness.ids(portal, "crm.deal.list", "ID", Map.of()));
        assertThat(rows.getFirst().has("title")).isTrue();
    }

    @Test
    void selectNarrowsTheFieldsAndKeepsTheId() {
        CommandRun run = export("deals", "--select", "TITLE,OPPORTUNITY");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(rows(run.stdoutLines())).hasSize(DEALS).allSatisfy(row ->
                assertThat(row.propertyNames()).containsExactlyInAnyOrder("ID", "TITLE", "OPPORTUNITY"));
    }

    @Test
    void filtersWithOperatorsSelectWhatThePortalSelects() {
        CommandRun run = export("deals", "--filter", ">OPPORTUNITY=500000", "--filter", "@STAGE_ID=WON,NEW",
                "--select", "ID,OPPORTUNITY,STAGE_ID");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        List<JsonNode> rows = rows(run.stdoutLines());
        List<Long> expected = OffsetWitness.ids(portal, "crm.deal.list", "ID", Map.of("filter[>OPPORTUNITY]", "500000",
                "filter[@STAGE_ID][0]", "WON", "filter[@STAGE_ID][1]", "NEW"));
        assertThat(expected).isNotEmpty().hasSizeLessThan(DEALS);
        assertThat(ids(rows, "ID")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(rows).allSatisfy(row -> {
            assertThat(new BigDecimal(row.get("OPPORTUNITY").asString())).isGreaterThan(new BigDecimal(500000));
            assertThat(row.get("STAGE_ID").asString()).isIn("WON", "NEW");
        });
    }

    @Test
    void oneShardListsInIdOrderAndManyShardsListTheSameRows() {
        CommandRun one = export("deals", "--select", "ID", "--shards", "1");
        CommandRun many = export("deals", "--select", "ID", "--shards", "7");

        assertThat(one.exitCode()).as(one.stderr()).isZero();
        assertThat(many.exitCode()).as(many.stderr()).isZero();
        List<Long> inOrder = ids(rows(one.stdoutLines()), "ID");
        assertThat(inOrder).hasSize(DEALS).isSorted();
        assertThat(ids(rows(many.stdoutLines()), "ID")).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(inOrder);
    }

    @Test
    void progressGoesToStderrInPlainLinesAndStdoutHoldsOnlyRows() {
        CommandRun run = export("deals", "--select", "ID", "--shards", "1");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines()).hasSize(DEALS).allSatisfy(line -> assertThat(line).startsWith("{\"ID\":"));
        assertThat(run.stderr()).doesNotContain("\r");
        assertThat(run.stderrLines()).allSatisfy(line -> assertThat(line).startsWith("b24kit export: "));
        assertThat(run.stderrLines()).anySatisfy(line ->
                assertThat(line).matches("b24kit export: deals: [\\d,]+ (of 1,234 rows \\(\\d+%\\)|rows), .* elapsed.*"));
        assertThat(run.stderrLines().getLast()).startsWith("b24kit export: deals: 1,234 rows in ").endsWith(" to stdout");
    }

    @Test
    void writesTheFileGivenByOutAndNothingToStdout(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("deals.ndjson");

        CommandRun run = export("deals", "--select", "ID", "--out", file.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(ids(rows(Files.readAllLines(file, StandardCharsets.UTF_8)), "ID")).hasSize(DEALS).doesNotHaveDuplicates();
        assertThat(dir.toFile().list()).containsExactly("deals.ndjson");
        assertThat(run.stderrLines().getLast()).endsWith(" to " + file);
    }

    @Test
    void aFailedExportLeavesAnExistingFileAsItWasAndNoPartialFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("deals.ndjson"), "previous export\n");

        CommandRun run = export("item:2", "--filter", "noSuchField=1", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines().getLast()).startsWith("b24kit export: crm.item.list: ").contains("noSuchField");
        assertThat(Files.readString(file)).isEqualTo("previous export\n");
        assertThat(dir.toFile().list()).containsExactly("deals.ndjson");
    }

    @Test
    void neverShowsTheWebhookSecret() {
        CommandRun run = export("deals", "--select", "ID");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).contains(portal.baseUrl() + "rest/1/****/");
        assertThat(run.stdout() + run.stderr()).doesNotContain(SECRET);
    }

    @Test
    void refusesAnUnknownEntityNamingTheAcceptedOnes() {
        CommandRun run = export("deal");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).singleElement().asString().startsWith("b24kit export: ")
                .contains("'deal'", "deals, contacts, companies, leads or item:ENTITY_TYPE_ID");
    }

    @Test
    void refusesAFilterWithAnUnknownOperator() {
        CommandRun run = export("deals", "--filter", "~TITLE=x");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString().contains("--filter", "unknown operator '~'");
    }

    @Test
    void refusesAFilterWithoutAValue() {
        CommandRun run = export("deals", "--filter", "STAGE_ID");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString().contains("--filter", "[OPERATOR]FIELD=VALUE");
    }

    @Test
    void refusesTheSameFilterKeyTwice() {
        CommandRun run = export("deals", "--filter", "STAGE_ID=WON", "--filter", "STAGE_ID=NEW");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString().contains("STAGE_ID is given twice");
    }

    @Test
    void refusesShardsOutOfRange() {
        CommandRun run = export("deals", "--shards", "17");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderrLines()).singleElement().asString().contains("--shards", "'17'", "1..16");
    }
}
