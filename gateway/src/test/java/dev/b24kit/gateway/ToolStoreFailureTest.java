package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.gateway.tools.Tools;

/**
 * A store that fails under a write is a refusal the agent can act on, not a protocol error. Found by the agent day
 * (bench): with the gateways' PostgreSQL connections terminated, a write whose journal could not be settled escaped
 * {@code Tools.call} as an exception, which the MCP layer turned into a JSON-RPC error carrying the store's location.
 */
class ToolStoreFailureTest {

    @AutoClose
    private final GatewayPortal portal = new GatewayPortal();

    @BeforeEach
    void live() {
        portal.goLive();
    }

    @Test
    void aWriteWhoseJournalTheStoreCannotSettleIsRefusedSayingToCallAgainWithoutTheStoresLocation() throws Exception {
        long deal = portal.dealIn(1);
        breakJournalUpdates();

        ToolResult result = portal.tool("update", "{\"entity\": \"deal\", \"id\": " + deal
                + ", \"fields\": {\"Название\": \"Store down\"}, \"reason\": \"test\"}");

        assertThat(result.refused()).isTrue();
        assertThat(result.json().get("refused").get("message").asString())
                .contains("the store failed").contains("call again with the same arguments")
                .doesNotContain("jdbc:").doesNotContain(portal.storeLocation).doesNotContain("store.db");
        assertThat(portal.deal(deal).get("TITLE").asString()).as("the portal applied it before the store failed")
                .isEqualTo("Store down");
    }

    /** Every UPDATE of the write journal now fails in the database itself, as a store that went away mid-write would. */
    private void breakJournalUpdates() throws Exception {
        String location = portal.storeLocation;
        boolean postgres = location.startsWith("jdbc:postgresql:");
        try (Connection connection = DriverManager.getConnection(postgres ? location : "jdbc:sqlite:" + location);
             Statement statement = connection.createStatement()) {
            if (postgres) {
                statement.execute("CREATE FUNCTION journal_down() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'store down'; "
                        + "END $$ LANGUAGE plpgsql");
                statement.execute("CREATE TRIGGER journal_down BEFORE UPDATE ON write_journal FOR EACH ROW "
                        + "EXECUTE FUNCTION journal_down()");
            } else {
                statement.execute("CREATE TRIGGER journal_down BEFORE UPDATE ON write_journal "
                        + "BEGIN SELECT RAISE(ABORT, 'store down'); END");
            }
        }
    }
}
