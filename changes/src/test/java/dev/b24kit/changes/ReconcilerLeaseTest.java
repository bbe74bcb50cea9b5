package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;

/**
 * The reconciler's lease is held for as long as a run lasts, even a run far longer than the lease's
 * time to live (an initial load of a large portal): another process asking meanwhile never gets it, and
 * gets it once the run is over and the lease has expired. Each process is a store and a client of its own.
 */
class ReconcilerLeaseTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder()
            .config(PortalConfig.fast().withData(400, 30, 10, 20)).build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    /** Time to live of the lease: reconcileEvery (zero) plus this. */
    private static final Duration LEASE = Duration.ofSeconds(2);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aRunLongerThanTheLeaseKeepsItUntilTheRunEnds(Backend backend) {
        String location = stores.fresh(backend);
        String origin = portal.portal().baseUrl().toString().replaceAll("/+$", "");
        try (Store first = Store.open(location); Store second = Store.open(location);
             Bitrix24Client firstClient = Deals.client(portal); Bitrix24Client secondClient = Deals.client(portal)) {
            ChangeTracker leader = tracker(first, firstClient, origin, "process-1");
            ChangeTracker other = tracker(second, secondClient, origin, "process-2");
            // every page of the listing now takes 0.3 s of portal time or more: the initial load lasts several leases
            portal.limits().latency(LatencyMode.REALTIME).costCoefficient("baseRead", 0.3);
            assertThat(leader.isLeader()).isTrue();

            CompletableFuture<List<FeedEntry>> run = CompletableFuture.supplyAsync(leader::reconcileIfLeader);
            AtomicInteger asked = new AtomicInteger();
            AtomicInteger taken = new AtomicInteger();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100)).until(() -> {
                asked.incrementAndGet();
                if (other.isLeader()) {
                    taken.incrementAndGet();
                }
                return run.isDone();
            });
            run.join();
            System.out.printf("reconciler lease %s: the other process asked %d times during the run, got it %d times%n", backend,
                    asked.get(), taken.get());

            assertThat(asked.get()).as("the other process asked while the run lasted").isGreaterThan(10);
            assertThat(taken.get()).as("times the other process got the lease during the run").isZero();
            assertThat(first.changes().mirror().count(origin, "deal")).isEqualTo(400);
            await().atMost(Duration.ofMinutes(1)).until(other::isLeader);
        }
    }

    private static ChangeTracker tracker(Store store, Bitrix24Client client, String origin, String holder) {
        return ChangeTracker.create(store, client, FieldCatalog.of(client), new TrackerConfig(origin, List.of("deal"), holder,
                Duration.ZERO, Duration.ofMinutes(2), LEASE, TrackerConfig.OFFLINE_CONNECTOR));
    }
}
