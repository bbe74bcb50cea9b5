package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** {@code b24kit fields} and {@code b24kit map check}, in-process against a test portal. */
class FieldsCommandTest {

    private static TestPortal portal;

    private final Launch launch = new Launch(null, PortalConfig.fast().withData(3, 0, 0, 0), false, InstantSource.system());

    @TempDir
    Path dir;

    @BeforeAll
    static void startPortal() {
        portal = TestPortal.start(PortalConfig.fast().withData(10, 5, 5, 5));
    }

    @AfterAll
    static void stopPortal() {
        portal.close();
    }

    private CommandRun run(String... args) {
        return CommandRun.runAgainst(launch, portal.webhookUrl(), args);
    }

    @Test
    void printsAnEntitysFieldsWithTheirAllowedValues() {
        CommandRun run = run("fields", "deal");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdoutLines().getFirst()).matches("CODE +CAMEL +LABEL +TYPE +FLAGS");
        assertThat(run.stdout()).containsPattern("(?m)^UF_CRM_1721244482270 +ufCrm_1721244482270 +Канал продаж +enumeration +custom$")
                .containsPattern("(?m)^    Онлайн → \\d+, Партнёр → \\d+, Прямые продажи → \\d+, Тендер → \\d+$")
                .containsPattern("(?m)^    Корпоративные продажи \\(1\\): Новая → C1:NEW, .*$")
                .containsPattern("(?m)^CATEGORY_ID +categoryId +Воронка +crm_category +immutable-legacy$")
                .containsPattern("(?m)^UF_CRM_PRODUCTS +ufCrmProducts +Интересующие продукты +enumeration\\[\\] +custom$");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void printsASmartProcessAsJson() {
        CommandRun run = run("fields", "item:1030", "--json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode fields = OffsetWitness.JSON.readTree(run.stdout());
        JsonNode channel = null;
        for (JsonNode f : fields) {
            if (f.get("code").asString().equals("UF_CRM_1_1721244492550")) {
                channel = f;
            }
        }
        assertThat(channel).isNotNull();
        assertThat(channel.get("camel").asString()).isEqualTo("ufCrm1_1721244492550");
        assertThat(channel.get("labels").get("en").get("form").asString()).isEqualTo("Sales channel");
        assertThat(channel.get("items").get(0).get("value").asString()).isEqualTo("Онлайн");
    }

    @Test
    void anUnknownEntityFailsNamingTheKnownOnes() {
        CommandRun run = run("fields", "quotes");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderrLines()).singleElement().asString()
                .isEqualTo("b24kit fields: no entity 'quotes' on this portal; known: lead, deal, contact, company, item:1030 (Договоры)");
    }

    @Test
    void anEmittedMapChecksCleanAndABrokenOneExitsOneListingTheCandidates() throws Exception {
        CommandRun emitted = run("fields", "deal", "--emit-map");
        assertThat(emitted.exitCode()).as(emitted.stderr()).isZero();
        Path map = dir.resolve("deal.yaml");
        Files.writeString(map, emitted.stdout());

        CommandRun clean = run("map", "check", map.toString());
        assertThat(clean.exitCode()).as(clean.stdout() + clean.stderr()).isZero();
        assertThat(clean.stdout()).contains("ok      deal.sales_channel → UF_CRM_1721244482270 / ufCrm_1721244482270 (Канал продаж)");

        Files.writeString(map, "deal:\n  budget: Client budgt\n  title: TITLE\n  channel:\n    field: Sales channel\n"
                + "    values:\n      web: Онлайн магазин\n");
        CommandRun broken = run("map", "check", map.toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.stdoutLines()).containsExactly(
                "BROKEN  deal.budget: field 'Client budgt' no longer resolves (renamed or deleted?); closest: Client budget (UF_CRM_BUDGET)",
                "ok      deal.title → TITLE / title (Название)",
                broken.stdoutLines().get(2));
        assertThat(broken.stdoutLines().get(2)).startsWith("BROKEN  deal.channel: value web ('Онлайн магазин') no longer resolves")
                .contains("closest: Онлайн (");
        assertThat(broken.stderrLines()).containsExactly("b24kit map check: 2 of 3 entries do not resolve");
    }

    @Test
    void aMalformedMapFailsWithOneLine() throws Exception {
        Path map = dir.resolve("bad.yaml");
        Files.writeString(map, "deal:\n  channel:\n    feld: X\n");

        CommandRun run = run("map", "check", map.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderrLines()).containsExactly(
                "b24kit map check: field map: deal.channel must be a field's label or code, or a map with 'field'");
        CommandRun missing = run("map", "check", dir.resolve("missing.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.stderrLines()).singleElement().asString().startsWith("b24kit map check: cannot read ")
                .endsWith("(see b24kit map check --help)");
    }
}
