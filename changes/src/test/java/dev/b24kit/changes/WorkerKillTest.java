package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;

/**
 * {@code kill -9} of a tracking process in the middle of its work loses no acknowledged signal: a
 * {@link TrackingChild} runs the intake and the refetcher; the test posts a signal for every changed deal
 * and records each 200; once the child has recorded two batches, while it holds the claim of another, it is killed. Every acknowledged record
 * is then either still in the inbox or in the mirror in its new state, and a second process, started
 * afterwards, brings the mirror to the portal's state for all of them once the dead one's claims expire.
 * The reconciler is off in both processes, so only the inbox can have carried the signals.
 */
class WorkerKillTest {

    private static final int DEALS = 300;
    private static final String TOKEN = "worker-kill-application-token";
    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder()
            .config(PortalConfig.fast().withData(DEALS, 30, 10, 20)).build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against a hung child, not a measure
    void aProcessKilledMidBatchLosesNoAcknowledgedSignalAndAnotherCompletesTheMirror(Backend backend, @TempDir Path folder)
            throws Exception {
        String location = stores.fresh(backend);
        String origin = portal.portal().baseUrl().toString().replaceAll("/+$", "");
        try (Store store = Store.open(location); Bitrix24Client client = Deals.client(portal)) {
            ChangeTracker.create(store, client, FieldCatalog.of(client), TrackerConfig.of(origin, List.of("deal"), "loader"))
                    .reconciler().reconcile("deal");
            Witness witness = new Witness(store, client, location, origin);
            List<Long> ids = witness.portalDeals().keySet().stream().sorted().toList();
            new Deals(portal).rename(ids, "Changed");
            // a batch of 50 gets takes about half a second: the kill lands inside one
            portal.limits().latency(LatencyMode.REALTIME).costCoefficient("baseRead", 0.01);

            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            try (TrackingProcess first = start(folder, location, origin, "worker-1", true)) {
                post(first, ids, acknowledged);
                // after two batches, while the child holds a claim: it is fetching or recording a batch
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10)).until(() -> !first.isAlive()
                        || first.lines("RECORDED").size() >= 100 && witness.claimedBy("worker-1") > 0);
                first.kill();
            }
            List<Long> pending = witness.inbox();
            List<Long> stale = witness.differences(List.copyOf(acknowledged));
            List<Long> lost = stale.stream().filter(id -> !pending.contains(id)).toList();
            System.out.printf("worker kill -9 %s: %d acknowledged; after the kill %d in the inbox (%d still claimed by the"
                    + " dead process), %d recorded, %d lost%n", backend, acknowledged.size(), pending.size(),
                    witness.claimedBy("worker-1"), acknowledged.size() - stale.size(), lost.size());
            assertThat(acknowledged).hasSize(ids.size());
            assertThat(lost).as("acknowledged, not in the inbox and not recorded").isEmpty();

            try (TrackingProcess second = start(folder, location, origin, "worker-2", false)) {
                await().atMost(PATIENCE).until(() -> store.changes().inbox().pending(origin) == 0);
                assertThat(second.lines("FAILED")).as(second.stderr()).isEmpty();
            }
            assertThat(witness.differences(List.copyOf(acknowledged))).as("mirror differs from the portal").isEmpty();
        }
    }

    /** Posts one signal per deal from 8 clients; records every 200. */
    private static void post(TrackingProcess child, List<Long> ids, Set<Long> acknowledged) throws InterruptedException {
        URI intake = URI.create("http://127.0.0.1:" + child.port() + "/events");
        ConcurrentLinkedQueue<Long> queue = new ConcurrentLinkedQueue<>(ids);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 8; c++) {
                clients.submit(() -> {
                    for (Long id; (id = queue.poll()) != null; ) {
                        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(intake)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(event(id, intake))).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (answer.statusCode() == 200) {
                            acknowledged.add(id);
                        }
                    }
                    return null;
                });
            }
        }
    }

    private static String event(long id, URI intake) {
        return "event=ONCRMDEALUPDATE&event_handler_id=1&data%5BFIELDS%5D%5BID%5D=" + id + "&ts=1768456800"
                + "&auth%5Bdomain%5D=" + URLEncoder.encode(portal.portal().baseUrl().getAuthority(), StandardCharsets.UTF_8)
                + "&auth%5Bapplication_token%5D=" + TOKEN;
    }

    private static TrackingProcess start(Path folder, String location, String origin, String holder, boolean intake) {
        return TrackingProcess.start(folder, List.of("store=" + location, "origin=" + origin, "holder=" + holder,
                "reconcile=false", "every=60000", "lease=" + LEASE.toMillis()), portal.webhookUrl(), intake ? TOKEN : null);
    }
}
