package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import tools.jackson.databind.JsonNode;

/** The tool layer without MCP: labels in, labels out, refusals an agent corrects from. */
class ToolsTest {

    @AutoClose
    private final GatewayPortal portal = new GatewayPortal();

    private ToolResult call(String tool, String arguments) {
        return portal.tool(tool, arguments);
    }

    @Test
    void describeEntityListsFieldsWithLabelsTypesFlagsAndTheStagesOfEachPipeline() {
        ToolResult deal = call("describe_entity", "{\"entity\": \"deals\"}");

        assertThat(deal.refused()).isFalse();
        JsonNode json = deal.json();
        assertThat(json.get("entity").asString()).isEqualTo("deal");
        assertThat(json.get("fields").valueStream()).anySatisfy(f -> {
            assertThat(f.get("code").asString()).isEqualTo("STAGE_ID");
            assertThat(f.get("label").asString()).isEqualTo("Стадия сделки");
        }).anySatisfy(f -> {
            assertThat(f.get("label").asString()).isEqualTo("Канал продаж");
            assertThat(f.get("values").valueStream().map(v -> v.get("label").asString())).contains("Онлайн", "Тендер");
        }).anySatisfy(f -> {
            assertThat(f.get("code").asString()).isEqualTo("ID");
            assertThat(f.get("readOnly").asBoolean()).isTrue();
        });
        assertThat(json.get("pipelines").valueStream()).anySatisfy(p -> assertThat(p.get("stages").valueStream()
                .map(s -> s.get("name").asString())).contains("Новая", "Сделка успешна"));
    }

    @Test
    void anUnknownEntityIsARefusalListingTheEntitiesThereAre() {
        ToolResult result = call("describe_entity", "{\"entity\": \"invoices\"}");

        assertThat(result.refused()).isTrue();
        assertThat(result.json().get("refused").get("accepted").valueStream().map(JsonNode::asString)).contains("deal");
    }

    @Test
    void searchSummarisesALargeResultWithTheCountAndACursorThatReachesEveryRow() {
        Set<Long> seen = new HashSet<>();
        ToolResult page = call("search", "{\"entity\": \"deal\", \"limit\": 7, \"select\": [\"Название\"]}");
        long total = page.json().get("total").asLong();
        int pages = 0;
        while (true) {
            pages++;
            page.json().get("rows").forEach(row -> seen.add(row.get("id").asLong()));
            JsonNode cursor = page.json().get("cursor");
            if (cursor.isNull()) {
                break;
            }
            assertThat(page.json().get("summary").asString()).contains(total + " deal record(s) match").contains("cursor");
            page = call("search", "{\"entity\": \"deal\", \"limit\": 7, \"select\": [\"Название\"], \"cursor\": \"" + cursor.asString() + "\"}");
        }
        assertThat(total).isEqualTo(30);
        assertThat(seen).hasSize(30);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void searchOrderedByAnotherFieldPagesByOffsetThroughEveryRowInOrder() {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        java.util.List<Double> amounts = new java.util.ArrayList<>();
        String args = "{\"entity\": \"deal\", \"limit\": 7, \"select\": [\"Сумма\"], \"order\": {\"Сумма\": \"desc\"}";
        ToolResult page = call("search", args + "}");
        while (true) {
            page.json().get("rows").forEach(row -> {
                ids.add(row.get("id").asLong());
                amounts.add(row.get("record").path("OPPORTUNITY").path("value").asDouble(0));
            });
            JsonNode cursor = page.json().get("cursor");
            if (cursor.isNull()) {
                break;
            }
            page = call("search", args + ", \"cursor\": \"" + cursor.asString() + "\"}");
        }
        assertThat(ids).hasSize(30).doesNotHaveDuplicates();
        assertThat(amounts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void searchFiltersByFieldLabelsAndHumanValuesWithOperators() {
        long deal = portal.dealIn(1);
        assertThat(portal.person().apply(dev.b24kit.writes.Change.update("deal", deal,
                java.util.Map.of("Сумма", 123456, "Стадия сделки", "Сделка успешна")).inPipeline(1)).kind()).isEqualTo("confirmed");

        ToolResult result = call("search", "{\"entity\": \"deal\", \"filter\": {\"Стадия сделки\": \"сделка успешна\", "
                + "\"Сумма >=\": 123456}}");

        assertThat(result.refused()).isFalse();
        assertThat(result.json().get("rows").valueStream().map(r -> r.get("id").asLong())).contains(deal);
        assertThat(result.json().get("rows").valueStream()).allSatisfy(r -> {
            assertThat(r.get("record").get("STAGE_ID").get("text").asString()).isEqualTo("Сделка успешна");
            assertThat(r.get("record").get("OPPORTUNITY").get("value").asDouble()).isGreaterThanOrEqualTo(123456);
        });
    }

    @Test
    void aFieldWhoseLabelEndsLikeAnOperatorIsFoundByItsWholeLabel() {
        ToolResult exact = call("search", "{\"entity\": \"deal\", \"filter\": {\"Скидка, %\": 8.5}, \"select\": [\"Скидка, %\"]}");
        ToolResult compared = call("search", "{\"entity\": \"deal\", \"filter\": {\"Скидка, % >=\": 8.5}, \"select\": [\"Скидка, %\"]}");

        assertThat(exact.refused()).as(exact.summary()).isFalse();
        assertThat(exact.json().get("rows").valueStream()).allSatisfy(r ->
                assertThat(r.get("record").get("UF_CRM_DISCOUNT").get("value").asDouble()).isEqualTo(8.5));
        assertThat(compared.json().get("total").asLong()).isGreaterThanOrEqualTo(exact.json().get("total").asLong());
    }

    @Test
    void aFilterValueOutsideTheListIsRefusedWithTheAllowedValues() {
        ToolResult result = call("search", "{\"entity\": \"deal\", \"filter\": {\"Стадия сделки\": \"Closed won\"}}");

        assertThat(result.refused()).isTrue();
        assertThat(result.summary()).contains("has no value 'Closed won'").contains("Сделка успешна");
    }

    @Test
    void getAnswersTheRecordWithLabelsBesideIds() {
        long deal = portal.dealIn(1);

        ToolResult result = call("get", "{\"entity\": \"deal\", \"id\": " + deal + "}");

        JsonNode stage = result.json().get("record").get("STAGE_ID");
        assertThat(stage.get("value").asString()).startsWith("C1:");
        assertThat(stage.get("text").asString()).isNotBlank();
        assertThat(call("get", "{\"entity\": \"deal\", \"id\": 999999}").summary()).contains("does not exist");
    }

    @Test
    void changesSinceAnswersThisPortalsFeedAfterTheCursor() {
        var feed = portal.store.changes().feed();
        feed.append(new FeedEntry(0, portal.origin(), "deal", 7, ChangeKind.UPDATED, ChangeSource.WEBHOOK, Instant.now(),
                "[{\"field\":\"STAGE_ID\",\"title\":\"Стадия сделки\",\"before\":\"NEW\",\"after\":\"WON\"}]"));
        feed.append(new FeedEntry(0, "https://other.example", "deal", 8, ChangeKind.CREATED, ChangeSource.WEBHOOK, Instant.now(), "[]"));
        feed.append(new FeedEntry(0, portal.origin(), "contact", 9, ChangeKind.DELETED, ChangeSource.SWEEP, Instant.now(), "[]"));

        ToolResult all = call("changes_since", "{\"cursor\": \"0\"}");
        ToolResult deals = call("changes_since", "{\"entity\": \"deal\"}");
        ToolResult after = call("changes_since", "{\"cursor\": \"" + all.json().get("cursor").asString() + "\"}");

        assertThat(all.json().get("changes").valueStream().map(c -> c.get("id").asLong())).containsExactly(7L, 9L);
        assertThat(all.json().get("changes").get(0).get("changes").get(0).get("after").asString()).isEqualTo("WON");
        assertThat(deals.json().get("changes").valueStream().map(c -> c.get("id").asLong())).containsExactly(7L);
        assertThat(after.json().get("changes")).isEmpty();
    }

    @Test
    void missingArgumentsAreRefusalsNamingTheArgument() {
        assertThat(call("get", "{\"entity\": \"deal\"}").summary()).contains("'id' is required");
        assertThat(call("update", "{\"entity\": \"deal\", \"id\": 1, \"fields\": {}, \"reason\": \"r\"}").summary())
                .contains("at least one field");
        assertThat(call("nothing", "{}").summary()).contains("there is no tool 'nothing'");
    }
}
