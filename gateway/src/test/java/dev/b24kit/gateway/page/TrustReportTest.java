package dev.b24kit.gateway.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.store.Backend;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.writes.Receipt;

/** The trust numbers are counted from what real writes, a real reconciler and a real client left in the store. */
class TrustReportTest {

    @RegisterExtension
    static final TestStores stores = new TestStores();

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void eachCatchOfRealWritesReconcilesAndLimitWaitsIsCountedWithItsEvidence(Backend backend) {
        String location = stores.fresh(backend);
        try (PagesPortal p = new PagesPortal(location, new PlanLimits(2, 20), true)) {
            long deal = p.dealIn(1);

            Receipt refused = p.writes.update("deal", deal, Map.of("STAGE_ID", "No such stage"));
            Receipt drifted = p.writes.update("deal", deal, Map.of("STAGE_ID", "C2:WON"));
            p.writes.create("deal", Map.of("TITLE", "Order 1"), "order-1");
            Receipt retried = p.writes.create("deal", Map.of("TITLE", "Order 1"), "order-1");
            p.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
            Receipt adopted = p.writes.create("deal", Map.of("TITLE", "Order 2"), "order-2");
            p.portal.faults().add(FaultRule.times(1, new Fault.DropBeforeCall(java.time.Duration.ZERO), "batch"));
            Receipt unknown = p.writes.create("deal", Map.of("TITLE", "Order 3"), "order-3");
            p.writes.create("deal", Map.of("TITLE", "Order 3"), "order-3");

            assertThat(refused).isInstanceOfSatisfying(Receipt.Refused.class, r -> assertThat(r.field()).isEqualTo("Стадия сделки (STAGE_ID)"));
            assertThat(drifted).isInstanceOf(Receipt.Drifted.class);
            assertThat(retried).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isTrue());
            assertThat(adopted).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isTrue());
            assertThat(unknown).isInstanceOf(Receipt.Unknown.class);

            ChangeTracker tracker = ChangeTracker.create(p.store, p.client, p.catalog, TrackerConfig.of(p.origin, List.of("deal"), "test"));
            tracker.reconciler().reconcile("deal");                          // the first pass mirrors what is there
            p.call("crm.deal.update", Map.of("id", deal, "fields", Map.of("TITLE", "Changed, event lost")));
            assertThat(tracker.reconciler().reconcile("deal")).isNotEmpty();

            TrustReport report = TrustReport.of(p.store, p.origin, Instant.EPOCH, Instant.now().plusSeconds(1));

            assertThat(report.total(Catch.REFUSED)).isEqualTo(1);
            assertThat(report.refusedByField()).containsExactly(Map.entry("Стадия сделки (STAGE_ID)", 1L));
            assertThat(report.total(Catch.DRIFTED)).isEqualTo(1);
            assertThat(report.evidence(Catch.DRIFTED, null)).singleElement()
                    .satisfies(c -> assertThat(c.ref()).isEqualTo(drifted.journalId()));
            assertThat(report.total(Catch.DUPLICATE_PREVENTED)).as("the retry of order-1 and the lost answer of order-2").isEqualTo(2);
            assertThat(report.total(Catch.UNKNOWN_RESOLVED)).as("order-2 adopted, order-3 created on retry").isEqualTo(2);
            assertThat(report.evidence(Catch.UNKNOWN_RESOLVED, null)).extracting(Caught::ref)
                    .contains(adopted.journalId(), unknown.journalId());
            assertThat(report.total(Catch.EVENT_RECOVERED)).isEqualTo(1);
            assertThat(report.total(Catch.LIMIT_WAIT)).as("a bucket of 2 drained at 20/s makes calls wait").isPositive();
            assertThat(report.evidence(Catch.LIMIT_WAIT, null)).allSatisfy(c -> assertThat(c.subject()).startsWith("bucket "));
            for (Catch kind : Catch.values()) {
                assertThat(report.days().values().stream().mapToLong(day -> day.get(kind)).sum()).as(kind.slug())
                        .isEqualTo(report.total(kind));
            }
            assertThat(report.toJson().path("total").path("duplicate-prevented").asLong()).isEqualTo(2);
        }
    }
}
