package dev.b24kit.gateway;

import static dev.b24kit.gateway.GatewayPortal.json;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.gateway.tools.ToolSpec;
import dev.b24kit.gateway.tools.Tools;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.writes.Actor;
import tools.jackson.databind.JsonNode;

/** The tool layer's writes without MCP: receipts, refusals with the accepted values, observe mode, idempotent creates. */
class ToolWritesTest {

    @AutoClose
    private final GatewayPortal portal = new GatewayPortal();

    private ToolResult call(String tool, String arguments) {
        return portal.tool(tool, arguments);
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
    void moveStageFindsTheStageByNameForADealCreatedInTheDefaultPipeline() {
        portal.goLive();
        ToolResult created = call("create", "{\"entity\": \"deal\", \"fields\": {\"Название\": \"Default pipeline\"}, "
                + "\"key\": \"default-pipeline-1\", \"reason\": \"x\"}");
        long deal = created.json().get("receipt").get("recordId").asLong();

        ToolResult moved = call("move_stage", "{\"entity\": \"deal\", \"id\": " + deal + ", \"stage\": \"Сделка успешна\", "
                + "\"reason\": \"paid\"}");

        assertThat(moved.json().get("receipt").get("kind").asString()).as(moved.summary()).isEqualTo("confirmed");
        assertThat(portal.deal(deal).get("STAGE_ID").asString()).isEqualTo("WON");
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
        portal.tools(); // loads the field catalog first: the fault is for the create's batch
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
        String create = "{\"entity\": \"deal\", \"fields\": {\"Название\": \"Order 77\"}, \"key\": \"order-77\"}";

        ToolResult first = call("create", create);
        ToolResult again = call("create", create);

        assertThat(first.json().get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(again.json().get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(portal.dealsWithKey("order-77")).containsExactly(first.json().get("receipt").get("recordId").asLong());
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
        assertThat(readOnly.call("update", json("{\"entity\":\"deal\",\"id\":1,\"fields\":{\"TITLE\":\"x\"},\"reason\":\"r\"}"), GatewayPortal.AGENT)
                .refused()).isTrue();
    }
}
