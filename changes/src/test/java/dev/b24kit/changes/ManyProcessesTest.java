package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Signal;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.RecordedCall;

/**
 * Two {@code sync}-like processes ({@link TrackingChild} JVMs) on one PostgreSQL schema: they share one
 * inbox without processing a signal twice, exactly one of them runs the reconciler, and when that one
 * is killed with {@code kill -9} the other takes the lease once it expires and reconciles.
 */
class ManyProcessesTest {

    private static final int DEALS = 400;

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder()
            .config(PortalConfig.fast().withData(DEALS, 30, 10, 20)).build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    /** Claims and the lease outlive a slow batch on a loaded machine, so an expiry never causes a second fetch. */
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration EVERY = Duration.ofMillis(500);
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES) // a guard against a hung child, not a measure
    void twoProcessesShareOneInboxWithoutDoubleProcessingAndTheReconcilerMovesWhenItsHolderIsKilled(@TempDir Path folder) {
        String location = stores.fresh(Backend.POSTGRESQL);
        String origin = portal.portal().baseUrl().toString().replaceAll("/+$", "");
        try (Store store = Store.open(location); Bitrix24Client client = Deals.client(portal)) {
            // the test holds the reconciler's lease while the workers share the inbox, then hands it over
            assertThat(store.changes().leases().acquire(origin, "reconciler", "test", Duration.ofMinutes(10))).isTrue();
            ChangeTracker.create(store, client, FieldCatalog.of(client), TrackerConfig.of(origin, List.of("deal"), "test"))
                    .reconciler().reconcile("deal");
            Witness witness = new Witness(store, client, location, origin);
            assertThat(witness.mirrorEqualsPortal()).as("the initial load").isTrue();
            try (TrackingProcess a = start(folder, location, origin, "worker-a");
                 TrackingProcess b = start(folder, location, origin, "worker-b")) {
                handOver(store, origin, witness, a, b);
            }
        }
    }

    /** The workers share the inbox; then the test gives the reconciler's lease up, and its taker is killed. */
    private static void handOver(Store store, String origin, Witness witness, TrackingProcess a, TrackingProcess b) {
        shareTheInbox(store, origin, witness, a, b);

        store.changes().leases().release(origin, "reconciler", "test");
        await().atMost(PATIENCE).until(() -> !a.lines("RECONCILED").isEmpty() || !b.lines("RECONCILED").isEmpty());
        TrackingProcess leader = a.lines("RECONCILED").isEmpty() ? b : a;
        TrackingProcess other = leader == a ? b : a;
        int runs = leader.lines("RECONCILED").size();
        new Deals(portal).rename(List.of(witness.someDeal(0)), "No event, before the kill");
        // a run that began after the rename has ended: the mirror holds it
        await().atMost(PATIENCE).until(() -> leader.lines("RECONCILED").size() > runs + 1 && witness.mirrorEqualsPortal());

        leader.kill();
        List<String[]> leaderRuns = leader.lines("RECONCILED");
        new Deals(portal).rename(List.of(witness.someDeal(1)), "No event, after the kill");
        await().atMost(PATIENCE).until(() -> !other.lines("RECONCILED").isEmpty() && witness.mirrorEqualsPortal());

        List<String[]> otherRuns = other.lines("RECONCILED");
        System.out.printf("two processes: %s reconciled %d time(s) until killed, then %s %d time(s)%n",
                leaderRuns.getFirst()[1], leaderRuns.size(), otherRuns.getFirst()[1], otherRuns.size());
        assertThat(leaderRuns.size()).as("the leader reconciled again and again").isGreaterThan(1);
        long leaderLastEnd = Long.parseLong(leaderRuns.getLast()[3]);
        assertThat(otherRuns).as("the other process reconciled only after the leader's last run ended")
                .allSatisfy(run -> assertThat(Long.parseLong(run[2])).isGreaterThan(leaderLastEnd));
        assertThat(witness.leaseHolder()).isEqualTo(otherRuns.getFirst()[1]);
        assertThat(a.lines("FAILED")).as(a.stderr()).isEmpty();
        assertThat(b.lines("FAILED")).as(b.stderr()).isEmpty();
    }

    /** Fills the inbox with a signal for every (renamed) deal; both workers drain it, each record fetched once. */
    private static void shareTheInbox(Store store, String origin, Witness witness, TrackingProcess a, TrackingProcess b) {
        List<Long> ids = witness.portalDeals().keySet().stream().sorted().toList();
        new Deals(portal).rename(ids, "Shared");
        // a batch of 50 gets then takes about half a second, so both workers find work waiting
        portal.limits().latency(LatencyMode.REALTIME).costCoefficient("baseRead", 0.01);
        long before = lastCall();
        store.changes().inbox().add(ids.stream().map(id -> new Signal(origin, "deal", id, "ONCRMDEALUPDATE",
                ChangeSource.WEBHOOK)).toList());
        await().atMost(PATIENCE).until(() -> store.changes().inbox().pending(origin) == 0);
        portal.limits().latency(LatencyMode.NONE);

        Map<String, Long> getsPerDeal = portal.portal().calls(before, 100_000).stream()
                .filter(c -> c.method().equals("crm.deal.get")).map(c -> String.valueOf(c.params().get("id")))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String[]> recorded = java.util.stream.Stream.concat(a.lines("RECORDED").stream(), b.lines("RECORDED").stream()).toList();
        System.out.printf("two processes: %d signals, %s recorded %d, %s recorded %d, %d crm.deal.get calls%n", ids.size(),
                "worker-a", a.lines("RECORDED").size(), "worker-b", b.lines("RECORDED").size(),
                getsPerDeal.values().stream().mapToLong(Long::longValue).sum());
        assertThat(witness.mirrorEqualsPortal()).isTrue();
        assertThat(getsPerDeal).as("every record fetched exactly once").hasSize(ids.size()).allSatisfy((id, n) -> assertThat(n).isOne());
        assertThat(recorded).extracting(line -> Long.parseLong(line[3])).as("every record recorded once, by one process")
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(a.lines("RECORDED")).as("worker-a took a share").isNotEmpty();
        assertThat(b.lines("RECORDED")).as("worker-b took a share").isNotEmpty();
    }

    private static TrackingProcess start(Path folder, String location, String origin, String holder) {
        return TrackingProcess.start(folder, List.of("store=" + location, "origin=" + origin, "holder=" + holder,
                "reconcile=true", "every=" + EVERY.toMillis(), "lease=" + LEASE.toMillis()), portal.webhookUrl(), null);
    }

    private static long lastCall() {
        return portal.calls().stream().map(RecordedCall::sequence).max(Comparator.naturalOrder()).orElse(0L);
    }
}
