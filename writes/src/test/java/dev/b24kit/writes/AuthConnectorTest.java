package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.testing.TestApps;

/**
 * Writes made through an application with {@code auth_connector} set are not recorded by that
 * application's offline binding with the same connector (§10.4), while other writes are: b24kit's own
 * writes do not come back to it as offline events.
 */
class AuthConnectorTest {

    private static final String CONNECTOR = "b24kit-sync";
    private WritesPortal portal;
    private Bitrix24Client app;

    @BeforeEach
    void installTheAppAndBindOfflineEvents() {
        portal = WritesPortal.start();
        app = Bitrix24Client.builder(TestApps.install(portal.portal, 1))
                .rateLimiter(RateLimiter.local(new PlanLimits(100_000, 100_000), InstantSource.system(), Sleeper.SYSTEM))
                .build();
        for (String event : List.of("ONCRMDEALADD", "ONCRMDEALUPDATE")) {
            app.call("event.bind", Params.of("event", event).with("event_type", "offline").with("auth_connector", CONNECTOR));
        }
    }

    @AfterEach
    void stop() {
        app.close();
        portal.close();
    }

    private Writes writes(String connector) {
        return Writes.of(WritesConfig.of(app, FieldCatalog.of(app), portal.store, portal.origin()).withAuthConnector(connector));
    }

    private List<Long> offlineDealIds() {
        JsonNode events = app.call("event.offline.get", Params.of("clear", 0).with("auth_connector", CONNECTOR)).result().get("events");
        List<Long> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("EVENT_DATA").get("FIELDS").get("ID").asLong()));
        return ids;
    }

    @Test
    void writesWithTheBindingsConnectorAreNotRecordedAsOfflineEventsAndOtherWritesAre() {
        long ours = portal.dealIn(1);
        long theirs = portal.call("crm.deal.list", Map.of("filter", Map.of("!ID", ours), "select", List.of("ID")))
                .get(0).get("ID").asLong();

        Receipt updated = writes(CONNECTOR).apply(Change.update("deal", ours, Map.of("TITLE", "Ours, echo-free")));
        Receipt created = writes(CONNECTOR).apply(Change.create("deal", Map.of("TITLE", "Created by us"), "echo-free-1"));
        Receipt other = writes("").apply(Change.update("deal", theirs, Map.of("TITLE", "Without a connector")));

        assertThat(updated).isInstanceOf(Receipt.Confirmed.class);
        assertThat(created).isInstanceOf(Receipt.Confirmed.class);
        assertThat(other).isInstanceOf(Receipt.Confirmed.class);
        assertThat(offlineDealIds()).containsExactly(theirs);
    }

    @Test
    void aConnectorThatIsNotAPlainNameIsRefusedNamingWhatIsAccepted() {
        WritesConfig config = WritesConfig.of(app, FieldCatalog.of(app), portal.store, portal.origin());

        assertThatThrownBy(() -> config.withAuthConnector("has space&x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authConnector").hasMessageContaining("letters, digits");
    }
}
