package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.contract.RawPortal;
import dev.b24kit.testportal.EventDelivery;

/**
 * Offline events (§10.4): an application binds with {@code event_type=offline} and pulls what changed
 * with {@code event.offline.get}, reserving rows under a process id or deleting them as it reads;
 * changes of one record coalesce; changes made through the binding's own connector are not recorded;
 * {@code ONOFFLINEEVENT} tells its online handler that something is waiting.
 */
class OfflineEventsTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

    private AppClient app;
    private Rest webhook;
    private long first;
    private long second;

    @BeforeEach
    void bindOfflineAndMakeTwoDeals() {
        webhook = new Rest(portal.webhookUrl());
        first = webhook.add("deal", "First");
        second = webhook.add("deal", "Second");
        app = AppClient.install(portal, 1);
        app.result("event.bind", map("event", "ONCRMDEALUPDATE", "event_type", "offline"));
    }

    private JsonNode get(Object... params) {
        return app.result("event.offline.get", map(params));
    }

    @Test
    void changesOfOneRecordCoalesceIntoOneRowWithTheLatestTimeAndReadingDeletesThem() {
        webhook.update("deal", first, "a");
        portal.clock().advance(Duration.ofMinutes(1));
        webhook.update("deal", second, "b");
        portal.clock().advance(Duration.ofMinutes(1));
        webhook.update("deal", first, "c");

        JsonNode result = get();

        assertThat(result.get("process_id").isNull()).isTrue();
        JsonNode events = result.get("events");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.get("EVENT_DATA").get("FIELDS").get("ID").asString())
                .containsExactly(Long.toString(second), Long.toString(first));
        JsonNode row = events.get(1);
        assertThat(row.get("EVENT_NAME").asString()).isEqualTo("ONCRMDEALUPDATE");
        assertThat(row.get("MESSAGE_ID").asString()).matches("[0-9a-f]{32}");
        assertThat(row.get("TIMESTAMP_X").asString()).isNotEqualTo(events.get(0).get("TIMESTAMP_X").asString());
        assertThat(get().get("events")).as("clear=1 (the default) deleted what was read").isEmpty();
    }

    @Test
    void reservedRowsGoToOneProcessAndAreClearedByIt() {
        webhook.update("deal", first, "a");
        webhook.update("deal", second, "b");

        JsonNode reserved = get("clear", 0);
        String process = reserved.get("process_id").asString();

        assertThat(process).matches("[0-9a-f]{32}");
        assertThat(reserved.get("events")).hasSize(2);
        assertThat(get("clear", 0).get("events")).as("a parallel reader gets a disjoint set").isEmpty();
        assertThat(get("process_id", process).get("events")).hasSize(2);
        String oneId = reserved.get("events").get(0).get("ID").asString();
        assertThat(app.result("event.offline.clear", map("process_id", process, "id", List.of(oneId))).asBoolean())
                .isTrue();
        assertThat(get("process_id", process).get("events")).hasSize(1);
        app.result("event.offline.clear", map("process_id", process));
        assertThat(app.result("event.offline.list", map())).isEmpty();
    }

    @Test
    void rowsMarkedAsErrorsAreReleasedAndOnlyReadAgainWhenAskedFor() {
        webhook.update("deal", first, "a");
        JsonNode reserved = get("clear", 0);
        String process = reserved.get("process_id").asString();
        String message = reserved.get("events").get(0).get("MESSAGE_ID").asString();

        app.result("event.offline.error", map("process_id", process, "message_id", List.of(message)));

        assertThat(get("clear", 0).get("events")).isEmpty();
        JsonNode listed = app.result("event.offline.list", map("filter", map("ERROR", 1)));
        assertThat(listed).singleElement().satisfies(row -> {
            assertThat(row.get("ERROR").asString()).isEqualTo("1");
            assertThat(row.get("PROCESS_ID").asString()).isEmpty();
        });
        assertThat(get("error", 1).get("events")).hasSize(1);
    }

    @Test
    void readsWithAFilterAnOrderAndALimit() {
        app.result("event.bind", map("event", "ONCRMDEALDELETE", "event_type", "offline"));
        webhook.update("deal", first, "a");
        webhook.update("deal", second, "b");
        webhook.delete("deal", second);

        JsonNode updates = get("filter", map("EVENT_NAME", "ONCRMDEALUPDATE"), "order", map("ID", "DESC"),
                "limit", 1, "clear", 0);

        assertThat(updates.get("events")).singleElement()
                .satisfies(e -> assertThat(e.get("EVENT_DATA").get("FIELDS").get("ID").asString())
                        .isEqualTo(Long.toString(second)));
        RawPortal.Reply badFilter = app.call("event.offline.get", map("filter", map("TITLE", "x")));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(app.result("event.offline.list", map("filter", map("EVENT_NAME", "ONCRMDEALDELETE")))).hasSize(1);
    }

    @Test
    void changesMadeThroughTheBindingsOwnConnectorAreNotRecorded() {
        app.result("event.bind", map("event", "ONCRMDEALADD", "event_type", "offline", "auth_connector", "sync"));

        app.result("crm.deal.add", map("fields", map("TITLE", "From the sync"), "auth_connector", "sync"));
        app.result("crm.deal.add", map("fields", map("TITLE", "From elsewhere"), "auth_connector", "other"));
        webhook.add("deal", "From a person");

        JsonNode recorded = get("auth_connector", "sync");
        assertThat(recorded.get("events")).hasSize(2);
    }

    @Test
    void withoutItsConnectorGetAndListSeeOnlyRowsBoundWithoutOne() {
        app.result("event.bind", map("event", "ONCRMDEALADD", "event_type", "offline", "auth_connector", "sync"));
        webhook.add("deal", "Queued for the connector");
        webhook.update("deal", first, "Queued without one");

        assertThat(app.result("event.offline.list", map())).singleElement()
                .satisfies(row -> assertThat(row.get("EVENT_NAME").asString()).isEqualTo("ONCRMDEALUPDATE"));
        assertThat(app.result("event.offline.list", map("auth_connector", "sync"))).singleElement()
                .satisfies(row -> assertThat(row.get("EVENT_NAME").asString()).isEqualTo("ONCRMDEALADD"));
        assertThat(get("clear", 0).get("events")).hasSize(1);
        assertThat(get("clear", 0, "auth_connector", "sync").get("events")).hasSize(1);
    }

    @Test
    void onOfflineEventTellsTheOnlineHandlerThatSomethingIsWaiting() {
        portal.events().delivery(EventDelivery.PROMPT);
        app.result("event.bind", map("event", "ONOFFLINEEVENT", "handler", portal.receiver().url().toString(),
                "options", map("minTimeout", 60)));

        webhook.update("deal", first, "a");
        webhook.update("deal", second, "b");
        portal.advance(Duration.ofSeconds(61));
        webhook.update("deal", first, "c");
        portal.advance(Duration.ofSeconds(1));

        List<ReceivedEvent> notices = portal.receiver().received();
        assertThat(notices).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.event()).isEqualTo("ONOFFLINEEVENT");
            assertThat(notice.applicationToken()).isEqualTo(app.applicationToken());
            assertThat(notice.field("auth[refresh_token]")).isNotBlank();
        });
    }

    @Test
    void withMinTimeoutZeroTheHandlerIsToldOncePerRequest() {
        portal.events().delivery(EventDelivery.PROMPT);
        app.result("event.bind", map("event", "ONOFFLINEEVENT", "handler", portal.receiver().url().toString(),
                "options", map("minTimeout", 0)));

        webhook.result("batch", map("cmd", map("a", "crm.deal.update?id=" + first + "&fields[TITLE]=a",
                "b", "crm.deal.update?id=" + second + "&fields[TITLE]=b")));
        webhook.update("deal", first, "c");
        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).hasSize(2);
    }

    @Test
    void onlyAnAdministratorMayReadOfflineEvents() {
        RawPortal.Reply refused = AppClient.install(portal, 2).call("event.offline.get", map());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void reservedRowsExpireAfterTheirProcessLifetimeOfPortalTime() {
        webhook.update("deal", first, "a");
        String process = get("clear", 0).get("process_id").asString();

        // PROCESS_ID_LIFETIME is 2,952,000 s (34 days and 4 hours)
        portal.clock().advance(Duration.ofDays(34));
        app = AppClient.install(portal, 1); // a month later the app has a fresh access token
        assertThat(get("process_id", process).get("events")).hasSize(1);
        portal.clock().advance(Duration.ofHours(4));
        app = AppClient.install(portal, 1);
        assertThat(get("process_id", process).get("events")).isEmpty();
        assertThat(app.result("event.offline.list", map())).isEmpty();
    }
}
