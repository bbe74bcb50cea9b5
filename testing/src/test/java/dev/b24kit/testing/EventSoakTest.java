package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.PortalEvents;

/**
 * A bounded, seeded soak of event delivery: 10,000 deal updates (200 batches of 50 over HTTP) to an
 * outgoing webhook on a cloud-like queue with 20 % loss, 10 % duplicates and reordering. The delivery
 * log's statistics must match the configured rates within the tolerances below, and the handler must
 * receive only events of changes that happened, each at most once unless the log flags the copy as a
 * duplicate.
 */
class EventSoakTest {

    private static final long SEED = 20_260_115;
    private static final int BATCHES = 200;
    private static final int PER_BATCH = 50;
    private static final int CHANGES = BATCHES * PER_BATCH;
    private static final double LOSS = 0.2;
    private static final double DUPLICATES = 0.1;
    /** Both rates are checked to ±0.02: about five standard deviations of 10,000 (resp. ~8,000) draws. */
    private static final double TOLERANCE = 0.02;

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder()
            .config(PortalConfig.fast().withSeed(SEED)).virtualTime().build();

    @Test
    void tenThousandChangesWithLossDuplicatesAndReorderingMatchTheConfiguredRates() {
        Rest rest = new Rest(portal.webhookUrl());
        portal.limits().operatingLimitEnabled(false); // 10,000 writes would exhaust crm.deal.update's budget
        List<Long> deals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            deals.add(rest.add("deal", "Soak " + i));
        }
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUPDATE"));
        portal.events().delivery(EventDelivery.CLOUD.withLoss(LOSS).withDuplicates(DUPLICATES).withReorder(true));

        Map<String, Integer> changesPerDeal = new HashMap<>();
        for (int batch = 0; batch < BATCHES; batch++) {
            Map<String, Object> cmd = new LinkedHashMap<>();
            for (int i = 0; i < PER_BATCH; i++) {
                long deal = deals.get((batch * PER_BATCH + i) % deals.size());
                cmd.put("c" + i, "crm.deal.update?id=" + deal + "&fields[TITLE]=Soak%20" + batch + "." + i);
                changesPerDeal.merge(Long.toString(deal), 1, Integer::sum);
            }
            JsonNode result = rest.result("batch", map("halt", 0, "cmd", cmd));
            assertThat(result.get("result_error").isEmpty()).as("batch %d", batch).isTrue();
            if (batch % 10 == 9) {
                portal.advance(Duration.ofSeconds(1));
            }
        }
        portal.advance(Duration.ofMinutes(1));

        List<PortalEvents.Delivery> log = portal.events().deliveries(0, null, 100_000);
        assertThat(portal.events().pending()).isZero();
        assertRatesMatch(log);
        assertOnlyChangesThatHappenedWereDelivered(log, changesPerDeal);
        assertSomeArrivedOutOfOrder(log);
    }

    private static void assertRatesMatch(List<PortalEvents.Delivery> log) {
        long raised = log.stream().map(PortalEvents.Delivery::eventId).distinct().count();
        long lost = log.stream().filter(d -> d.outcome().equals("LOST")).count();
        long duplicates = log.stream().filter(PortalEvents.Delivery::duplicate).count();
        assertThat(raised).isEqualTo(CHANGES);
        assertThat((double) lost / CHANGES).isCloseTo(LOSS, within(TOLERANCE));
        assertThat((double) duplicates / (CHANGES - lost)).isCloseTo(DUPLICATES, within(TOLERANCE));
        assertThat(log).filteredOn(d -> !d.outcome().equals("LOST")).extracting(PortalEvents.Delivery::outcome)
                .containsOnly("DELIVERED");
    }

    private static void assertOnlyChangesThatHappenedWereDelivered(List<PortalEvents.Delivery> log,
                                                                   Map<String, Integer> changesPerDeal) {
        List<PortalEvents.Delivery> delivered = log.stream().filter(d -> d.outcome().equals("DELIVERED")).toList();
        // per event: one delivery, or two when exactly one of them is the flagged duplicate
        Map<Long, List<PortalEvents.Delivery>> byEvent = delivered.stream()
                .collect(Collectors.groupingBy(PortalEvents.Delivery::eventId));
        assertThat(byEvent.values()).allSatisfy(copies -> {
            assertThat(copies.size()).isBetween(1, 2);
            assertThat(copies.stream().filter(PortalEvents.Delivery::duplicate).count()).isEqualTo(copies.size() - 1L);
        });
        // per deal: never more distinct events than changes made to it
        Map<String, Long> eventsPerDeal = log.stream().collect(Collectors.groupingBy(PortalEvents.Delivery::entityId,
                Collectors.mapping(PortalEvents.Delivery::eventId, Collectors.collectingAndThen(Collectors.toSet(),
                        ids -> (long) ids.size()))));
        assertThat(eventsPerDeal).hasSameSizeAs(changesPerDeal);
        eventsPerDeal.forEach((deal, events) -> assertThat(events).isEqualTo(changesPerDeal.get(deal).longValue()));
        // what the handler received is exactly what the log says was delivered
        List<ReceivedEvent> received = portal.receiver().received();
        assertThat(received).hasSize(delivered.size());
        assertThat(received).extracting(ReceivedEvent::event).containsOnly("ONCRMDEALUPDATE");
        Map<String, Long> receivedPerDeal = received.stream()
                .collect(Collectors.groupingBy(ReceivedEvent::entityId, Collectors.counting()));
        Map<String, Long> deliveredPerDeal = delivered.stream()
                .collect(Collectors.groupingBy(PortalEvents.Delivery::entityId, Collectors.counting()));
        assertThat(receivedPerDeal).isEqualTo(deliveredPerDeal);
    }

    private static void assertSomeArrivedOutOfOrder(List<PortalEvents.Delivery> log) {
        long latest = 0;
        int overtaken = 0;
        for (PortalEvents.Delivery delivery : log) {
            if (delivery.outcome().equals("DELIVERED")) {
                if (delivery.eventId() < latest) {
                    overtaken++;
                }
                latest = Math.max(latest, delivery.eventId());
            }
        }
        assertThat(overtaken).as("deliveries that arrived after a later change's").isPositive();
    }
}
