package dev.b24kit.gateway;

import static dev.b24kit.gateway.McpClients.call;
import static dev.b24kit.gateway.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.writes.Actor;
import tools.jackson.databind.JsonNode;

/** The gateway over Streamable HTTP, driven by the MCP SDK's own client. */
class McpOverHttpTest {

    static final String TOKEN = "test-token-0123456789abcdef";

    private GatewayPortal portal;
    private Gateway gateway;
    private McpSyncClient agent;

    @BeforeEach
    void start() {
        portal = new GatewayPortal();
        gateway = Gateway.builder(portal.toolsConfig())
                .listen(new InetSocketAddress("127.0.0.1", 0), GatewayToken.of(TOKEN), true)
                .build().start();
        agent = McpClients.http(gateway.uri(), TOKEN, "test-agent");
    }

    @AfterEach
    void stop() {
        agent.close();
        gateway.close();
        portal.close();
    }

    @Test
    void theToolsAreListedWithSchemasAllowedValuesAndAnnotations() {
        Map<String, McpSchema.Tool> tools = new java.util.HashMap<>();
        agent.listTools().tools().forEach(t -> tools.put(t.name(), t));

        assertThat(tools).containsOnlyKeys("describe_entity", "search", "get", "create", "update", "move_stage",
                "changes_since", "proposal_status");
        JsonNode move = GatewayPortal.JSON.valueToTree(tools.get("move_stage").inputSchema());
        assertThat(move.get("required").valueStream().map(JsonNode::asString)).contains("entity", "id", "stage", "reason");
        assertThat(move.get("properties").get("stage").get("enum").valueStream().map(JsonNode::asString)).contains("Сделка успешна");
        assertThat(move.get("properties").get("entity").get("enum").valueStream().map(JsonNode::asString)).contains("deal", "lead");
        assertThat(tools.get("search").annotations().readOnlyHint()).isTrue();
        assertThat(tools.get("update").annotations().readOnlyHint()).isFalse();
        assertThat(tools.get("update").annotations().destructiveHint()).isTrue();
        assertThat(tools.get("create").annotations().idempotentHint()).isTrue();
        assertThat(tools.get("get").outputSchema()).containsKey("properties");
        assertThat(tools.get("describe_entity").description()).contains("allowed values");
    }

    @Test
    void eachReadToolAnswersStructuredResultsInLabels() {
        long deal = portal.dealIn(1);

        McpSchema.CallToolResult described = call(agent, "describe_entity", "{\"entity\": \"deal\"}");
        McpSchema.CallToolResult found = call(agent, "search", "{\"entity\": \"deal\", \"limit\": 3}");
        McpSchema.CallToolResult got = call(agent, "get", "{\"entity\": \"deal\", \"id\": " + deal + "}");
        McpSchema.CallToolResult changes = call(agent, "changes_since", "{}");
        McpSchema.CallToolResult proposals = call(agent, "proposal_status", "{}");

        assertThat(described.isError()).isFalse();
        assertThat(structured(described).get("fields").size()).isGreaterThan(10);
        assertThat(structured(found).get("returned").asInt()).isEqualTo(3);
        assertThat(structured(found).get("cursor").isNull()).isFalse();
        assertThat(structured(got).get("record").get("STAGE_ID").get("text").asString()).isNotBlank();
        assertThat(McpClients.text(got)).contains("STAGE_ID");
        assertThat(structured(changes).get("changes")).isEmpty();
        assertThat(structured(proposals).get("summary").asString()).contains("no proposals");
    }

    @Test
    void aRefusalIsAToolResultTheAgentCanCorrectFrom() {
        portal.goLive();
        long deal = portal.dealIn(1);

        McpSchema.CallToolResult refused = call(agent, "move_stage", "{\"entity\": \"deal\", \"id\": " + deal
                + ", \"stage\": \"Closed won\", \"reason\": \"paid\"}");
        McpSchema.CallToolResult corrected = call(agent, "move_stage", "{\"entity\": \"deal\", \"id\": " + deal
                + ", \"stage\": \"Сделка успешна\", \"reason\": \"paid\"}");

        assertThat(refused.isError()).isTrue();
        assertThat(structured(refused).get("refused").get("message").asString()).contains("Closed won");
        assertThat(structured(refused).get("refused").get("accepted").toString()).contains("Сделка успешна");
        assertThat(corrected.isError()).isFalse();
        assertThat(structured(corrected).get("receipt").get("kind").asString()).isEqualTo("confirmed");
        assertThat(portal.deal(deal).get("STAGE_ID").asString()).isEqualTo("C1:WON");
    }

    @Test
    void observeModeProposesLeavesThePortalUntouchedAndApprovalAppliesWithAConfirmedReceipt() {
        long deal = portal.dealIn(1);
        long writesBefore = portal.calls("crm.deal.update") + portal.calls("crm.deal.add");

        McpSchema.CallToolResult proposed = call(agent, "update", "{\"entity\": \"deal\", \"id\": " + deal
                + ", \"fields\": {\"Канал продаж\": \"Тендер\"}, \"reason\": \"won the tender\"}");
        McpSchema.CallToolResult created = call(agent, "create", "{\"entity\": \"deal\", \"fields\": {\"Название\": \"New lead deal\"}, "
                + "\"key\": \"k-1\"}");

        assertThat(structured(proposed).get("receipt").get("kind").asString()).isEqualTo("proposed");
        assertThat(structured(created).get("receipt").get("kind").asString()).isEqualTo("proposed");
        assertThat(portal.calls("crm.deal.update") + portal.calls("crm.deal.add")).isEqualTo(writesBefore);
        assertThat(portal.dealsWithKey("k-1")).isEmpty();
        String id = structured(proposed).get("proposal").asString();
        assertThat(portal.store.audit().forProposal(id)).anySatisfy(e -> assertThat(e.event().actor()).isEqualTo("agent:test-agent"));

        portal.person().approvals().approve(id, Actor.person("anna"));

        JsonNode status = structured(call(agent, "proposal_status", "{}"));
        assertThat(status.get("proposals").size()).isEqualTo(2);
        assertThat(status.get("proposals").get(0).get("state").asString()).isEqualTo("applied");
        assertThat(status.get("proposals").get(0).get("receipt").get("kind").asString()).isEqualTo("confirmed");
        assertThat(status.get("proposals").get(1).get("state").asString()).isEqualTo("open");
    }

    @Test
    void anIdempotentCreateRetriedAfterDropAfterCommitMakesOneRecord() {
        portal.goLive();
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
        String create = "{\"entity\": \"deal\", \"fields\": {\"Название\": \"Order 90\"}, \"key\": \"order-90\"}";

        JsonNode first = structured(call(agent, "create", create));
        JsonNode again = structured(call(agent, "create", create));

        assertThat(first.get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(again.get("receipt").get("recordId").asLong()).isEqualTo(first.get("receipt").get("recordId").asLong());
        assertThat(portal.dealsWithKey("order-90")).hasSize(1);
    }
}
