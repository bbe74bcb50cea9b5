package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.Inbox;
import dev.b24kit.store.changes.Signal;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.RecordedCall;

/**
 * The gateway's change tracking keeps the feed prompt while a reconcile is listing a slow portal: the inbox is
 * drained on its own thread. The tracker's client reaches the portal through {@link SlowListings}, which holds back
 * every request that lists deals, as a portal busy with other work does. A gateway started again under a killed
 * one's name re-fetches what that one had claimed at once.
 */
class GatewayTrackingTest {

    private static final String TOKEN = "tracking-token-0123456789";
    private static final Duration SLOW_LIST = Duration.ofSeconds(20);

    @Test
    void aWebhookChangeReachesTheFeedWhileAReconcileWaitsOnASlowListing() throws Exception {
        try (GatewayPortal portal = new GatewayPortal(); SlowListings proxy = new SlowListings(portal.portal.webhookUrl())) {
            portal.portal.events().delivery(EventDelivery.PROMPT);
            long deal = portal.dealIn(1);
            int port = GatewayPortal.freePort();
            String appToken = portal.portal.events().addOutgoingWebhook(URI.create("http://127.0.0.1:" + port + "/events"),
                    List.of("ONCRMDEALUPDATE")).applicationToken();
            ChangeTracker tracker = ChangeTracker.create(portal.store, GatewayPortal.client(proxy.webhookUrl()), portal.catalog,
                    TrackerConfig.of(portal.origin(), List.of("deal"), "tracking-test").withReconcileEvery(Duration.ofMillis(200)));
            try (Gateway gateway = Gateway.builder(portal.toolsConfig())
                    .listen(new InetSocketAddress("127.0.0.1", port), GatewayToken.of(TOKEN), true)
                    .intake(appToken)
                    .tracking(tracker, Duration.ofMillis(100))
                    .build().start()) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> portal.store.changes().mirror().find(portal.origin(), "deal", deal).isPresent());

                // from now on every request of the tracker's that lists deals (a reconcile, a sweep) waits 20 s
                proxy.delay(SLOW_LIST);
                Instant slowFrom = Instant.now();
                portal.call("crm.deal.update", Map.of("id", deal, "fields", Map.of("TITLE", "Changed during a reconcile")));

                FeedEntry entry = await().atMost(Duration.ofSeconds(90)).until(() -> webhookEntry(portal, deal), Optional::isPresent)
                        .orElseThrow();
                assertThat(entry.changes()).contains("Changed during a reconcile");
                // the metrics say the inbox is empty again, though the reconcile's pass has not ended
                await().atMost(Duration.ofSeconds(30)).until(() -> metrics(gateway).contains("b24kit_gateway_feed_pending 0.0")
                        && metrics(gateway).contains("b24kit_gateway_feed_lag_seconds 0.0"));
                // no listing reached the portal after slowFrom and before the entry: neither waited for the reconcile
                assertThat(entry.detectedAt()).isBefore(slowFrom.plus(SLOW_LIST));
                assertThat(Instant.now()).isBefore(slowFrom.plus(SLOW_LIST));
                assertThat(listingsReceived(portal, slowFrom, entry.detectedAt()))
                        .as("listings the portal received after the delay began and before the entry was detected").isEmpty();
            }
        }
    }

    @Test
    void aGatewayStartedAgainUnderItsNameTakesOverTheClaimsItsKilledPredecessorLeft() {
        try (GatewayPortal portal = new GatewayPortal()) {
            long deal = portal.dealIn(1);
            String holder = "gateway@test-host/127.0.0.1:18080";
            Inbox inbox = portal.store.changes().inbox();
            inbox.add(List.of(new Signal(portal.origin(), "deal", deal, "ONCRMDEALUPDATE", ChangeSource.WEBHOOK)));
            // the killed process had claimed it for an hour
            assertThat(inbox.claim(portal.origin(), holder, 10, Duration.ofHours(1))).hasSize(1);

            ChangeTracker tracker = ChangeTracker.create(portal.store, portal.client, portal.catalog,
                    TrackerConfig.of(portal.origin(), List.of("deal"), holder));
            try (Gateway gateway = Gateway.builder(portal.toolsConfig()).tracking(tracker, Duration.ofMillis(100)).build().start()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> inbox.pending(portal.origin()) == 0);
                assertThat(portal.store.changes().mirror().find(portal.origin(), "deal", deal)).isPresent();
            }
        }
    }

    private static String metrics(Gateway gateway) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(gateway.uri().resolve("/metrics")).header("Authorization", "Bearer " + TOKEN)
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /**
     * The {@code crm.deal.list} calls whose HTTP request the portal received in {@code [from, to)}. A command inside
     * a batch counts from its batch's arrival: its own time is the portal's modelled one (the batch's arrival plus
     * the commands before it), which may lie past the moment the batch was answered.
     */
    private static List<RecordedCall> listingsReceived(GatewayPortal portal, Instant from, Instant to) {
        // a batch is logged once it has finished, after its commands: wait until every listing's batch is there
        List<RecordedCall> calls = await().atMost(Duration.ofSeconds(5)).until(() -> portal.portal.calls(0, Integer.MAX_VALUE),
                all -> all.stream().filter(c -> c.batchOf() != 0)
                        .allMatch(c -> all.stream().anyMatch(b -> b.sequence() == c.batchOf())));
        Map<Long, Instant> requests = calls.stream().filter(c -> c.batchOf() == 0)
                .collect(Collectors.toMap(RecordedCall::sequence, RecordedCall::at));
        return calls.stream().filter(c -> c.method().equals("crm.deal.list")).filter(c -> {
            Instant received = c.batchOf() == 0 ? c.at() : requests.get(c.batchOf());
            return !received.isBefore(from) && received.isBefore(to);
        }).toList();
    }

    private static Optional<FeedEntry> webhookEntry(GatewayPortal portal, long deal) {
        return portal.store.changes().feed().after(0, 1_000).stream()
                .filter(e -> e.recordId() == deal && e.source() == ChangeSource.WEBHOOK).findFirst();
    }
}
