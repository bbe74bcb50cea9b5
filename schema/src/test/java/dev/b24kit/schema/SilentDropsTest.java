package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every silent drop of docs/bitrix24-behavior.md §8, side by side: the raw write sent to the test portal
 * (silent, as a cloud portal) answers {@code true} and changes nothing; the same write through the
 * catalog is refused before any request, naming the field, the value and what would be accepted.
 */
class SilentDropsTest {

    private static SchemaPortal portal;
    private static FieldCatalog catalog;
    private static long dealId;

    @BeforeAll
    static void start() {
        portal = SchemaPortal.start();
        catalog = portal.catalog();
        catalog.entities();
        dealId = portal.call("crm.deal.list", Map.of("filter", Map.of("CATEGORY_ID", 1), "select", java.util.List.of("ID")))
                .get(0).get("ID").asLong();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** The raw legacy update answers true and the field keeps its value. */
    private static void droppedSilently(String code, Object raw) {
        JsonNode before = portal.call("crm.deal.get", Map.of("id", dealId));
        JsonNode answer = portal.call("crm.deal.update", Map.of("id", dealId, "fields", Map.of(code, raw)));
        JsonNode after = portal.call("crm.deal.get", Map.of("id", dealId));

        assertThat(answer.asBoolean()).as("crm.deal.update answered").isTrue();
        assertThat(after.get(code)).as(code + " after the write").isEqualTo(before.get(code));
    }

    /** The catalog refuses the same write before sending anything. */
    private static SchemaRefusal refused(CrmRecord record) {
        long requests = portal.requests();
        try {
            catalog.resolve(record.inPipeline(1), Dialect.LEGACY, Operation.UPDATE);
        } catch (SchemaRefusal e) {
            assertThat(portal.requests()).as("requests while refusing").isEqualTo(requests);
            return e;
        }
        throw new AssertionError("not refused: " + record);
    }

    private static CrmRecord deal(String field, Object value) {
        return CrmRecord.of(EntityType.DEAL).with(field, value);
    }

    @Test
    void anUnknownField() {
        droppedSilently("UF_CRM_BUDJET", "1500|RUB");

        assertThat(refused(deal("UF_CRM_BUDJET", "1500 RUB"))).isInstanceOf(UnknownField.class)
                .hasMessage("deal has no field 'UF_CRM_BUDJET'; closest: Бюджет клиента (UF_CRM_BUDGET)");
    }

    @Test
    void aReadOnlyField() {
        droppedSilently("DATE_CREATE", "2020-01-01T00:00:00+03:00");

        assertThat(refused(deal("Дата создания", "2020-01-01"))).isInstanceOf(ValueRefused.class)
                .hasMessageContaining("deal field Дата создания (DATE_CREATE): '2020-01-01' cannot be written: the field is read-only");
    }

    @Test
    void anImmutableFieldOnUpdate() {
        droppedSilently("CATEGORY_ID", "2");

        assertThat(refused(deal("CATEGORY_ID", "Partners / Партнёры"))).isInstanceOf(ValueRefused.class)
                .hasMessageContaining("cannot change on update through crm.deal.*");
    }

    @Test
    void anEnumerationLabelInsteadOfTheItemId() {
        droppedSilently("UF_CRM_1721244482270", "Тендер");
        droppedSilently("UF_CRM_1721244482270", "99999");

        assertThat(refused(deal("Sales channel", "99999"))).isInstanceOfSatisfying(ValueRefused.class, e -> {
            assertThat(e.reason()).isEqualTo(ValueRefused.Reason.NOT_IN_LIST);
            assertThat(e.given()).isEqualTo("99999");
            assertThat(e.accepted()).hasSize(4).allSatisfy(a -> assertThat(a).matches(".+ \\(\\d+\\)"));
        });
        assertThat(catalog.resolve(deal("Sales channel", "Тендер"), Dialect.LEGACY, Operation.UPDATE).fields().get("UF_CRM_1721244482270"))
                .as("the label resolves to the ID instead").asString().matches("\\d+");
    }

    @Test
    void aStageOutsideTheDealsPipeline() {
        droppedSilently("STAGE_ID", "C2:WON");

        assertThat(refused(deal("Стадия сделки", "C2:WON"))).isInstanceOf(ValueRefused.class)
                .hasMessageContaining("is a stage of pipeline Partners / Партнёры (2), not of pipeline Корпоративные продажи (1)");
    }

    @Test
    void aDateThePortalCannotParse() {
        droppedSilently("CLOSEDATE", "next Tuesday");

        assertThat(refused(deal("CLOSEDATE", "next Tuesday"))).isInstanceOf(ValueRefused.class)
                .hasMessageContaining("is not a date");
    }

    @Test
    void theResolvedWriteTakesEffect() {
        var fields = catalog.resolve(deal("Sales channel", "Тендер").with("Стадия сделки", "WON").inPipeline(1),
                Dialect.LEGACY, Operation.UPDATE).fields();
        portal.call("crm.deal.update", Map.of("id", dealId, "fields", fields));

        RecordView after = catalog.read(EntityType.DEAL, portal.call("crm.deal.get", Map.of("id", dealId)));
        assertThat(after.get("Sales channel").text()).isEqualTo("Тендер");
        assertThat(after.get("STAGE_ID").value()).isEqualTo("C1:WON");
        assertThatThrownBy(() -> after.get("no such field")).isInstanceOf(UnknownField.class);
    }
}
