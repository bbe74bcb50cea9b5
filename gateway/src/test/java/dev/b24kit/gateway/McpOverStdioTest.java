package dev.b24kit.gateway;

import static dev.b24kit.gateway.McpClients.call;
import static dev.b24kit.gateway.McpClients.structured;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.writes.Actor;
import tools.jackson.databind.JsonNode;

/** The gateway in a child JVM on stdio, driven by the SDK's stdio client transport (as an MCP client runs it). */
class McpOverStdioTest {

    private GatewayPortal portal;
    private McpSyncClient agent;
    private final StringBuffer stderr = new StringBuffer();

    @BeforeEach
    void start() {
        portal = new GatewayPortal();
        ServerParameters child = ServerParameters.builder(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .args("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                        StdioGatewayChild.class.getName(), portal.portal.webhookUrl().toString(), portal.origin(),
                        portal.storeLocation)
                .build();
        StdioClientTransport transport = new StdioClientTransport(child, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> stderr.append(line).append('\n'));
        agent = McpClients.started(transport, "stdio-agent");
    }

    @AfterEach
    void stop() {
        agent.closeGracefully();
        portal.close();
    }

    @Test
    void theToolsAreListedAndAReadAnswersOverStdio() {
        assertThat(McpClients.names(agent)).contains("describe_entity", "search", "get", "create", "update", "move_stage",
                "changes_since", "proposal_status");

        McpSchema.CallToolResult found = call(agent, "search", "{\"entity\": \"deal\", \"filter\": {\"Воронка\": "
                + "\"Корпоративные продажи\"}, \"limit\": 2}");

        assertThat(found.isError()).isFalse();
        assertThat(structured(found).get("rows").valueStream()).hasSize(2).allSatisfy(row ->
                assertThat(row.get("record").get("CATEGORY_ID").get("text").asString()).isEqualTo("Корпоративные продажи"));
    }

    @Test
    void observeModeProposesOverStdioAndTheApprovalAppliesIt() {
        long deal = portal.dealIn(1);

        JsonNode proposed = structured(call(agent, "update", "{\"entity\": \"deal\", \"id\": " + deal
                + ", \"fields\": {\"Название\": \"Via stdio\"}, \"reason\": \"test\"}"));

        assertThat(proposed.get("receipt").get("kind").asString()).isEqualTo("proposed");
        assertThat(portal.calls("crm.deal.update")).isZero();
        portal.person().approvals().approve(proposed.get("proposal").asString(), Actor.person("anna"));
        JsonNode status = structured(call(agent, "proposal_status", "{}")).get("proposals").get(0);
        assertThat(status.get("state").asString()).isEqualTo("applied");
        assertThat(status.get("receipt").get("kind").asString()).isEqualTo("confirmed");
    }

    @Test
    void aLiveIdempotentCreateRetriedAfterDropAfterCommitMakesOneRecordOverStdio() {
        portal.goLive();
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
        String create = "{\"entity\": \"deal\", \"fields\": {\"Название\": \"Stdio order\"}, \"key\": \"stdio-1\"}";

        JsonNode first = structured(call(agent, "create", create));
        JsonNode again = structured(call(agent, "create", create));

        assertThat(first.get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(again.get("receipt").get("kind").asString()).isEqualTo("adopted");
        assertThat(portal.dealsWithKey("stdio-1")).hasSize(1);
    }
}
