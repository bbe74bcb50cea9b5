package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.PortalEvents;
import dev.b24kit.testportal.TestPortal;

/**
 * How the portal delivers events (§10.3): queued when the request completes, delayed, sent in
 * bursts, reordered, duplicated, lost, never retried unless asked, slow handlers called less often,
 * every attempt in a per-handler log. All in virtual time: the test moves the clock and the portal
 * delivers what fell due, so nothing here waits.
 */
class EventDeliveryTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

    private Rest rest;
    private AdminClient admin;
    private final List<Long> deals = new ArrayList<>();

    @BeforeEach
    void dealsAndAWebhook() {
        rest = new Rest(portal.webhookUrl());
        admin = new AdminClient(portal);
        for (int i = 0; i < 50; i++) {
            deals.add(rest.add("deal", "Deal " + i));
        }
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUPDATE"));
    }

    /** Updates the first {@code count} deals (at most 50) in one batch; answers their IDs in order. */
    private List<Long> updateInOneBatch(int count) {
        Map<String, Object> cmd = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            cmd.put("u" + i, "crm.deal.update?id=" + deals.get(i) + "&fields[TITLE]=Renamed");
        }
        JsonNode result = rest.result("batch", map("halt", 0, "cmd", cmd));
        assertThat(result.get("result_error").isEmpty()).isTrue();
        return deals.subList(0, count);
    }

    private List<String> receivedIds() {
        return portal.receiver().received().stream().map(ReceivedEvent::entityId).toList();
    }

    @Test
    void theEventsOfARequestAreQueuedWhenItCompletesAndWaitForTheirDelay() {
        portal.events().delivery(EventDelivery.CLOUD);

        updateInOneBatch(3);

        assertThat(portal.events().pending()).isEqualTo(3);
        assertThat(portal.advance(Duration.ofMillis(499))).as("nothing before the shortest delay").isZero();
        assertThat(portal.receiver().received()).isEmpty();
        portal.advance(Duration.ofSeconds(30));
        assertThat(portal.receiver().received()).hasSize(3);
        assertThat(portal.events().pending()).isZero();
    }

    @Test
    void delaysLieBetweenTheShortestAndTheLongestWithTheConfiguredMeanExtra() {
        portal.events().delivery(EventDelivery.CLOUD.withDelays(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(10)).withBurstWindow(Duration.ZERO));
        for (int i = 0; i < 6; i++) {
            updateInOneBatch(50);
        }

        assertThat(portal.advance(Duration.ofMillis(999))).isZero();
        portal.advance(Duration.ofSeconds(30));

        List<PortalEvents.Delivery> log = portal.events().deliveries(0, null, 1_000);
        assertThat(log).hasSize(300);
        // a batch's commands run at modelled instants, so measure from the request's last change
        Instant queued = log.stream().map(PortalEvents.Delivery::raisedAt).max(Instant::compareTo).orElseThrow();
        List<Duration> delays = log.stream().map(d -> Duration.between(d.raisedAt(), d.dueAt())).toList();
        assertThat(delays).filteredOn(d -> d.compareTo(Duration.ofSeconds(1)) < 0).isEmpty();
        assertThat(log).filteredOn(d -> d.dueAt().isAfter(queued.plusSeconds(10))).isEmpty();
        double meanExtra = log.stream().mapToLong(d -> Duration.between(d.raisedAt(), d.dueAt()).toMillis() - 1000)
                .average().orElseThrow() / 1000;
        // 300 exponential draws with mean 2 s: the sample mean's standard deviation is 0.12 s
        assertThat(meanExtra).isCloseTo(2.0, within(0.35));
        assertThat(portal.receiver().received()).hasSize(300);
    }

    @Test
    void dueDeliveriesAreHeldForTheBurstWindowAndThenSentTogether() {
        Duration twoSeconds = Duration.ofSeconds(2);
        portal.events().delivery(EventDelivery.PROMPT.withDelays(twoSeconds, Duration.ZERO, twoSeconds)
                .withBurstWindow(Duration.ofSeconds(1)));
        rest.update("deal", deals.get(0), "First");
        portal.advance(Duration.ofMillis(500));
        rest.update("deal", deals.get(1), "Second");

        assertThat(portal.advance(Duration.ofMillis(2_499))).as("the first is due at 2 s but waits for its burst").isZero();
        assertThat(portal.advance(Duration.ofMillis(1))).as("at 3 s both go out together").isEqualTo(2);
        assertThat(receivedIds()).containsExactly(deals.get(0).toString(), deals.get(1).toString());
    }

    @Test
    void withReorderingLaterChangesMayArriveFirst() {
        portal.events().delivery(EventDelivery.CLOUD.withReorder(true));
        List<Long> order = updateInOneBatch(50);

        portal.advance(Duration.ofSeconds(30));

        assertThat(receivedIds()).hasSize(50).containsExactlyInAnyOrderElementsOf(order.stream().map(String::valueOf)
                .toList()).isNotEqualTo(order.stream().map(String::valueOf).toList());
    }

    @Test
    void withoutReorderingAHandlerReceivesChangesInTheOrderTheyHappened() {
        portal.events().delivery(EventDelivery.CLOUD.withReorder(false));
        List<Long> order = updateInOneBatch(50);

        portal.advance(Duration.ofSeconds(30));

        assertThat(receivedIds()).containsExactlyElementsOf(order.stream().map(String::valueOf).toList());
    }

    @Test
    void aLostEventIsNeverDeliveredAndTheLogSaysSo() {
        portal.events().delivery(EventDelivery.PROMPT.withLoss(1));
        rest.update("deal", deals.get(0), "Lost");

        portal.advance(Duration.ofHours(1));

        assertThat(portal.receiver().received()).isEmpty();
        assertThat(portal.events().deliveries(0, null, 10)).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("LOST"));
        assertThat(portal.events().pending()).isZero();
    }

    @Test
    void aDuplicatedEventArrivesTwiceWithTheSameContent() {
        portal.events().delivery(EventDelivery.PROMPT.withDuplicates(1));
        rest.update("deal", deals.get(0), "Twice");

        portal.advance(Duration.ofSeconds(1));

        List<ReceivedEvent> received = portal.receiver().received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).form()).isEqualTo(received.get(1).form());
        assertThat(portal.events().deliveries(0, null, 10)).extracting(PortalEvents.Delivery::duplicate)
                .containsExactlyInAnyOrder(false, true);
    }

    @Test
    void aFailingHandlerIsNotCalledAgain() {
        portal.events().delivery(EventDelivery.PROMPT);
        portal.receiver().answerWith(500);
        rest.update("deal", deals.get(0), "Fails");

        for (int minute = 0; minute < 60; minute++) {
            portal.advance(Duration.ofMinutes(1));
        }

        assertThat(portal.receiver().received()).hasSize(1);
        assertThat(portal.events().deliveries(0, null, 10)).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo("FAILED");
            assertThat(d.status()).isEqualTo(500);
            assertThat(d.attempt()).isEqualTo(1);
        });
    }

    @Test
    void withRetriesSwitchedOnAFailedDeliveryIsSentAgainAfterGrowingPauses() {
        portal.events().delivery(EventDelivery.PROMPT.withRetries(2));
        portal.receiver().answerWith(503);
        rest.update("deal", deals.get(0), "Retried");

        for (int second = 0; second < 60; second++) {
            portal.advance(Duration.ofSeconds(1));
        }

        List<PortalEvents.Delivery> log = portal.events().deliveries(0, null, 10);
        assertThat(log).extracting(PortalEvents.Delivery::attempt).containsExactly(1, 2, 3);
        assertThat(Duration.between(log.get(0).sentAt(), log.get(1).sentAt())).isEqualTo(Duration.ofSeconds(2));
        assertThat(Duration.between(log.get(1).sentAt(), log.get(2).sentAt())).isEqualTo(Duration.ofSeconds(4));
        assertThat(portal.receiver().received()).hasSize(3);
    }

    @Test
    void aHandlerThatDoesNotAnswerInTimeIsLoggedAsTimedOutAndNotCalledAgain() {
        portal.events().delivery(EventDelivery.PROMPT.withHandlerTimeout(Duration.ofMillis(200)));
        portal.receiver().answerAfter(Duration.ofSeconds(3));
        rest.update("deal", deals.get(0), "Too slow");

        portal.advance(Duration.ofSeconds(1));
        portal.advance(Duration.ofHours(1));

        assertThat(portal.events().deliveries(0, null, 10)).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo("TIMEOUT"));
        assertThat(portal.receiver().received()).hasSize(1);
    }

    @Test
    void aSlowHandlerIsDeliveredToLessOften() {
        portal.events().delivery(EventDelivery.PROMPT.withSlowHandlers(Duration.ofMillis(100), Duration.ofSeconds(60)));
        // the receiver takes at least 400 ms, so the portal measures it as slower than 100 ms
        portal.receiver().answerAfter(Duration.ofMillis(400));
        rest.update("deal", deals.get(0), "First");
        portal.advance(Duration.ofSeconds(1));
        rest.update("deal", deals.get(1), "Second");

        assertThat(portal.advance(Duration.ofSeconds(59))).as("held back by the slow-handler penalty").isZero();
        assertThat(portal.advance(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(portal.events().deliveries(0, null, 10)).extracting(PortalEvents.Delivery::throttled)
                .containsExactly(false, true);
    }

    @Test
    void theDeliveryLogIsKeptPerHandlerAndReadableThroughTheAdminApi() {
        portal.events().delivery(EventDelivery.PROMPT);
        try (EventReceiver other = EventReceiver.start()) {
            portal.events().addOutgoingWebhook(other.url(), List.of("ONCRMDEALDELETE"));
            portal.receiver().answerWith(500);
            rest.update("deal", deals.get(0), "Fails");
            rest.delete("deal", deals.get(1));
            portal.advance(Duration.ofSeconds(1));

            JsonNode mine = admin.get("events/log", "handler=" + portal.receiver().url()).json();
            JsonNode theirs = admin.get("events/log", "handler=" + other.url()).json();
            JsonNode all = admin.get("events/log", null).json();

            assertThat(mine.get("entries")).singleElement().satisfies(e -> {
                assertThat(e.get("event").asString()).isEqualTo("ONCRMDEALUPDATE");
                assertThat(e.get("entityId").asString()).isEqualTo(deals.get(0).toString());
                assertThat(e.get("outcome").asString()).isEqualTo("FAILED");
                assertThat(e.get("status").asInt()).isEqualTo(500);
                assertThat(e.get("attempt").asInt()).isEqualTo(1);
                assertThat(Instant.parse(e.get("sentAt").asString())).isEqualTo(portal.clock().instant());
            });
            assertThat(theirs.get("entries")).singleElement()
                    .satisfies(e -> assertThat(e.get("outcome").asString()).isEqualTo("DELIVERED"));
            assertThat(all.get("counts").get("DELIVERED").asLong()).isEqualTo(1);
            assertThat(all.get("counts").get("FAILED").asLong()).isEqualTo(1);
            long first = all.get("entries").get(0).get("sequence").asLong();
            assertThat(admin.get("events/log", "after=" + first).json().get("entries")).hasSize(1);
        }
    }

    @Test
    void outgoingWebhooksAreListedAndRemovedThroughTheAdminApi() {
        JsonNode added = admin.set("events/webhooks", "handler", "http://127.0.0.1:9/hook", "events",
                "oncrmcontactadd, ONCRMDYNAMICITEMADD_1032");
        long id = added.get("id").asLong();

        JsonNode listed = admin.get("events/webhooks", null).json().get("webhooks");
        assertThat(listed).anySatisfy(w -> {
            assertThat(w.get("id").asLong()).isEqualTo(id);
            assertThat(w.get("handler").asString()).isEqualTo("http://127.0.0.1:9/hook");
            assertThat(w.get("events").toString()).isEqualTo("[\"ONCRMCONTACTADD\",\"ONCRMDYNAMICITEMADD_1032\"]");
            assertThat(w.get("application_token").asString()).isEqualTo(added.get("application_token").asString());
        });
        JsonNode after = admin.set("events/webhooks", "remove", Long.toString(id)).get("webhooks");
        assertThat(after).noneSatisfy(w -> assertThat(w.get("id").asLong()).isEqualTo(id));
    }

    @Test
    void aBadOutgoingWebhookIsRefusedNamingWhatIsWrong() {
        var notHttp = admin.post("events/webhooks", "handler", "ftp://example.com/x", "events", "ONCRMDEALADD");
        var unknown = admin.post("events/webhooks", "handler", "http://127.0.0.1:9/", "events", "ONCRMDEALRENAME");

        assertThat(notHttp.status()).isEqualTo(400);
        assertThat(notHttp.json().get("error").asString()).contains("handler").contains("ftp://example.com/x");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asString()).contains("ONCRMDEALRENAME");
    }

    @Test
    void outgoingWebhooksAreAddedAndRemovedFromCode() {
        PortalEvents.OutgoingWebhook hook = portal.events().addOutgoingWebhook(portal.receiver().url(),
                List.of("ONCRMDEALDELETE"));
        portal.events().delivery(EventDelivery.PROMPT);

        assertThat(portal.events().removeOutgoingWebhook(hook.handlerId())).isTrue();
        rest.delete("deal", deals.get(0));
        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).isEmpty();
        assertThat(portal.events().removeOutgoingWebhook(hook.handlerId())).isFalse();
    }

    @Test
    void theDeliveryBehaviourIsSetAndCheckedThroughTheAdminApi() {
        JsonNode set = admin.set("events/delivery", "preset", "prompt", "lossRate", "0.25", "reorder", "true",
                "maxDelay", "5");
        var refused = admin.post("events/delivery", "duplicateRate", "1.5");

        assertThat(set.get("lossRate").asDouble()).isEqualTo(0.25);
        assertThat(set.get("reorder").asBoolean()).isTrue();
        assertThat(set.get("maxDelay").asDouble()).isEqualTo(5.0);
        assertThat(set.get("minDelay").asDouble()).isZero();
        assertThat(portal.events().delivery().lossRate()).isEqualTo(0.25);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asString()).contains("duplicateRate");
        assertThat(admin.get("events/delivery", null).json().get("lossRate").asDouble()).isEqualTo(0.25);
    }

    @Test
    void onTheSystemClockABackgroundWorkerDeliversInTheOrderOfTheChanges() {
        try (TestPortal system = TestPortal.start(PortalConfig.fast()); EventReceiver receiver = EventReceiver.start()) {
            system.events().delivery(EventDelivery.PROMPT);
            system.events().addOutgoingWebhook(receiver.url(), List.of("ONCRMDEALADD"));
            Rest direct = new Rest(system.webhookUrl());
            List<String> added = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                added.add(Long.toString(direct.add("deal", "Live " + i)));
            }

            List<String> arrived = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ReceivedEvent event = receiver.take(Duration.ofSeconds(30));
                assertThat(event).as("delivery %d", i).isNotNull();
                arrived.add(event.entityId());
            }

            assertThat(arrived).containsExactlyElementsOf(added);
        }
    }

    @Test
    void theDeliverEndpointSendsWhatFellDueWhenTheClockWasMovedWithoutDelivering() {
        portal.events().delivery(EventDelivery.CLOUD);
        updateInOneBatch(2);

        JsonNode moved = admin.set("clock", "advance", "PT1M", "deliver", "false");
        assertThat(moved.get("delivered").asInt()).isZero();
        assertThat(portal.receiver().received()).isEmpty();
        JsonNode delivered = admin.set("events/deliver");

        assertThat(delivered.get("delivered").asInt()).isEqualTo(2);
        assertThat(delivered.get("pending").asInt()).isZero();
        assertThat(portal.receiver().received()).hasSize(2);
    }
}
