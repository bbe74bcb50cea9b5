package dev.b24kit.gateway;

import static dev.b24kit.gateway.GatewayPortal.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.gateway.tools.ToolSpec;
import dev.b24kit.gateway.tools.Tools;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.writes.Actor;
import tools.jackson.databind.JsonNode;

/** The tool layer without MCP: labels in, labels out, refusals an agent corrects from, observe mode. */
class ToolsTest {

    private final Caller agent = new Caller("sales-bot", "session-1");
    private GatewayPortal portal;
    private Tools tools;

    @BeforeEach
    void start() {
        portal = new GatewayPortal();
        tools = Tools.of(portal.toolsConfig());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private ToolResult call(String tool, String arguments) {
        return tools.call(tool, json(arguments), agent);
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
    void liveWritesAnswerConfirmedReceiptsAndMoveStageFindsTheStageInTheRecordsPipeline() {
        portal.goLive();
        long deal = portal.dealIn(1);

        ToolResult updated = call("update", "{\"entity\": \"deal\", \"id\": " + deal + ", \"fields\": {\"Название\": \"Renewal\", "
                + "\"Канал продаж\": \"Тендер\"}, \"reason\": \"customer asked\"}");
        ToolResult moved = call("move_stage", "{\"entity\": \"deal\", \"id\": " + deal + ", \"stage\": \"Сделка успешна\", "
                + "\"reason\": \"paid\"}");

        assertThat(updated.json().get("receipt").get("kind").asString()).isEqualTo("confirmed");
        assertThat(moved.json().get("receipt").get("kind").asString()).isEqualTo("confirmed");
        assertThat(portal.deal(deal).get("STAGE_ID").asString()).isEqualTo("C1:WON");
        assertThat(portal.store.audit().forJournal(moved.json().get("receipt").get("journalId").asString()))
                .anySatisfy(e -> assertThat(e.event().detail()).contains("paid").contains("sales-bot"));
    }

    @Test
    void aStageThePipelineDoesNotHaveIsRefusedWithTheAcceptedStagesAndNothingIsSent() {
        portal.goLive();
        long deal = portal.dealIn(1);
        long updates = portal.calls("crm.deal.update");

        ToolResult moved = call("move_stage", "{\"entity\": \"deal\", \"id\": " + deal + ", \"stage\": \"Closed won\", \"reason\": \"x\"}");

        assertThat(moved.refused()).isTrue();
        assertThat(moved.json().get("receipt").get("kind").asString()).isEqualTo("refused");
        assertThat(moved.json().get("refused").get("accepted").toString()).contains("Сделка успешна");
        assertThat(portal.calls("crm.deal.update")).isEqualTo(updates);
    }

    @Test
    void inObserveModeAWriteBecomesAProposalTheApprovalAppliesWithAConfirmedReceipt() {
        long deal = portal.dealIn(1);
        String title = portal.deal(deal).get("TITLE").asString();

        ToolResult proposed = call("update", "{\"entity\": \"deal\", \"id\": " + deal + ", \"fields\": {\"TITLE\": \"Proposed\"}, "
                + "\"reason\": \"the customer renamed the project\"}");

        assertThat(proposed.json().get("receipt").get("kind").asString()).isEqualTo("proposed");
        String id = proposed.json().get("proposal").asString();
        assertThat(portal.calls("crm.deal.update")).isZero();
        assertThat(portal.deal(deal).get("TITLE").asString()).isEqualTo(title);
        assertThat(portal.store.audit().forProposal(id)).anySatisfy(e -> {
            assertThat(e.event().actor()).isEqualTo("agent:sales-bot");
            assertThat(e.event().detail()).contains("the customer renamed the project");
        });
        JsonNode open = call("proposal_status", "{}").json().get("proposals").get(0);
        assertThat(open.get("state").asString()).isEqualTo("open");
        assertThat(open.get("client").asString()).isEqualTo("sales-bot");
        assertThat(open.get("reason").asString()).isEqualTo("the customer renamed the project");
        assertThat(open.get("current").get("TITLE").get("value").asString()).isEqualTo(title);

        portal.person().approvals().approve(id, Actor.person("anna"));

        JsonNode status = call("proposal_status", "{\"id\": \"" + id + "\"}").json().get("proposals").get(0);
        assertThat(status.get("state").asString()).isEqualTo("applied");
        assertThat(status.get("receipt").get("kind").asString()).isEqualTo("confirmed");
        assertThat(portal.deal(deal).get("TITLE").asString()).isEqualTo("Proposed");
    }

    @Test
    void anIdempotentCreateRetriedAfterItsAnswerWasLostMakesOneRecord() {
        portal.goLive();
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
        String create = "{\"entity\": \"deal\", \"fields\": {\"Название\": \"Order 77\"}, \"key\": \"order-77\"}";

        ToolResult first = call("create", create);
        ToolResult again = call("create", create);

        assertThat(first.json().get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(again.json().get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(portal.dealsWithKey("order-77")).containsExactly(first.json().get("receipt").get("recordId").asLong());
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
    void aSmartProcessIsNamedByItsTitleSearchedReadAndMovedWithinItsPipeline() {
        portal.goLive();
        JsonNode described = call("describe_entity", "{\"entity\": \"Договоры\"}").json();
        String entity = described.get("entity").asString();
        JsonNode stages = described.get("pipelines").get(0).get("stages");
        String target = stages.get(1).get("name").asString();

        ToolResult found = call("search", "{\"entity\": \"Договоры\", \"limit\": 2}");
        long id = found.json().get("rows").get(0).get("id").asLong();
        ToolResult moved = call("move_stage", "{\"entity\": \"" + entity + "\", \"id\": " + id + ", \"stage\": \"" + target
                + "\", \"reason\": \"signed\"}");
        ToolResult got = call("get", "{\"entity\": \"" + entity + "\", \"id\": " + id + "}");

        assertThat(entity).startsWith("item:");
        assertThat(found.json().get("total").asLong()).isPositive();
        assertThat(moved.json().get("receipt").get("kind").asString()).as(moved.summary()).isEqualTo("confirmed");
        assertThat(got.json().get("record").get("STAGE_ID").get("text").asString()).isEqualTo(target);
    }

    @Test
    void aLeadMovesByTheNameOfItsStatus() {
        portal.goLive();
        JsonNode status = call("describe_entity", "{\"entity\": \"lead\"}").json().get("fields").valueStream()
                .filter(f -> f.get("code").asString().equals("STATUS_ID")).findFirst().orElseThrow();
        String target = status.get("values").get(1).get("label").asString();
        long lead = call("search", "{\"entity\": \"lead\", \"limit\": 1}").json().get("rows").get(0).get("id").asLong();

        ToolResult moved = call("move_stage", "{\"entity\": \"lead\", \"id\": " + lead + ", \"stage\": \"" + target
                + "\", \"reason\": \"called back\"}");

        assertThat(moved.json().get("receipt").get("kind").asString()).as(moved.summary()).isEqualTo("confirmed");
        assertThat(call("get", "{\"entity\": \"lead\", \"id\": " + lead + "}").json().get("record").get("STATUS_ID")
                .get("text").asString()).isEqualTo(target);
    }

    @Test
    void readOnlyHidesTheWriteToolsAndRefusesThem() {
        Tools readOnly = Tools.of(portal.toolsConfig().withReadOnly(true));

        assertThat(readOnly.specs().stream().map(ToolSpec::name)).doesNotContain("create", "update", "move_stage")
                .contains("search", "proposal_status");
        assertThat(readOnly.call("update", json("{\"entity\":\"deal\",\"id\":1,\"fields\":{\"TITLE\":\"x\"},\"reason\":\"r\"}"), agent)
                .refused()).isTrue();
    }

    @Test
    void missingArgumentsAreRefusalsNamingTheArgument() {
        assertThat(call("get", "{\"entity\": \"deal\"}").summary()).contains("'id' is required");
        assertThat(call("update", "{\"entity\": \"deal\", \"id\": 1, \"fields\": {}, \"reason\": \"r\"}").summary())
                .contains("at least one field");
        assertThat(call("nothing", "{}").summary()).contains("there is no tool 'nothing'");
    }
}
