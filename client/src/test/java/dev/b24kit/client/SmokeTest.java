package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class SmokeTest {

    @Test
    void basics() {
        try (TestPortal portal = TestPortal.start(PortalConfig.fast().withData(500, 10, 5, 5));
             Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString())).build()) {
            JsonNode deal = client.call("crm.deal.get", Params.of("id", 1)).result();
            assertThat(deal.get("ID").asString()).isEqualTo("1");
            try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("ID", "TITLE").build())) {
                List<Long> ids = rows.map(r -> PortalValues.asLong(r.get("ID")).getAsLong()).toList();
                assertThat(ids).hasSize(500).doesNotHaveDuplicates();
            }
            try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("ID").shards(4).build())) {
                assertThat(rows.count()).isEqualTo(500);
            }
        }
    }
}
