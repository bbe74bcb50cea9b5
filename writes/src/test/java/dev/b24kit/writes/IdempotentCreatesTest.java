package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.b24kit.store.journal.JournalState;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;

/**
 * Creates carry a key in the record and in the journal; a retried create never creates twice. Faults are
 * set on {@code batch}, the method the test portal sees, since a create goes out in one batch with its
 * read-back.
 */
class IdempotentCreatesTest {

    @RegisterExtension
    static final PortalPerClass shared = new PortalPerClass();

    @AfterEach
    void noFaultsLeft() {
        shared.portal.portal.faults().clear();
    }

    @Test
    void aCreateIsConfirmedAndCarriesItsKeyInTheRecord() {
        Receipt receipt = shared.writes.create("deal", Map.of("TITLE", "Order 1182", "Client budget", "1 500,50 RUB"), "order-1182");

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isFalse());
        var deal = shared.portal.deal(receipt.recordId());
        assertThat(deal.get("ORIGIN_ID").asString()).isEqualTo("order-1182");
        assertThat(deal.get("ORIGINATOR_ID").asString()).isEqualTo("b24kit");
        assertThat(shared.portal.store.journal().findByKey(shared.portal.origin(), "deal", "order-1182")).get()
                .satisfies(e -> assertThat(e.state()).isEqualTo(JournalState.CONFIRMED));
    }

    @Test
    void aRetriedCreateWithTheSameKeyAdoptsTheFirstRecordInsteadOfCreatingAnother() {
        Receipt first = shared.writes.create("deal", Map.of("TITLE", "Order 2001"), "order-2001");
        Receipt again = shared.writes.create("deal", Map.of("TITLE", "Order 2001"), "order-2001");

        assertThat(again).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isTrue());
        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(shared.portal.dealsWithKey("order-2001")).hasSize(1);
    }

    @Test
    void aKeyReusedWithOtherContentIsRefused() {
        shared.writes.create("deal", Map.of("TITLE", "Order 3001"), "order-3001");

        Receipt reused = shared.writes.create("deal", Map.of("TITLE", "Something else"), "order-3001");

        assertThat(reused).isInstanceOfSatisfying(Receipt.Refused.class, r -> assertThat(r.reason())
                .contains("key 'order-3001' was used for another deal with different content"));
        assertThat(shared.portal.dealsWithKey("order-3001")).hasSize(1);
    }

    @Test
    void aSecondAttemptWhileTheFirstIsInFlightCreatesNothingAndLeavesTheFirstsEntryAlone() {
        Change create = Change.create("deal", Map.of("TITLE", "Order 6001"), "order-6001");

        var receipts = shared.writes.applyAll(java.util.List.of(create, create));

        assertThat(receipts.get(0)).isInstanceOf(Receipt.Confirmed.class);
        assertThat(receipts.get(1)).isInstanceOfSatisfying(Receipt.Unknown.class, u -> assertThat(u.attempts())
                .anySatisfy(a -> assertThat(a).contains("is in flight")));
        assertThat(shared.portal.dealsWithKey("order-6001")).containsExactly(receipts.get(0).recordId());
        assertThat(shared.portal.store.journal().findByKey(shared.portal.origin(), "deal", "order-6001")).get()
                .satisfies(e -> assertThat(e.state()).isEqualTo(JournalState.CONFIRMED));
    }

    @Test
    void aCreateWithoutAKeyGetsOneFromItsContentSoTheSameCreateIsNotMadeTwice() {
        Receipt first = shared.writes.create("deal", Map.of("TITLE", "Derived key deal"), null);
        Receipt again = shared.writes.create("deal", Map.of("TITLE", "Derived key deal"), null);

        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(shared.portal.deal(first.recordId()).get("ORIGIN_ID").asString()).startsWith("content:");
    }

    @Test
    void aCreateWhoseAnswerIsLostAfterThePortalCommittedItIsAdoptedNotCreatedTwice() {
        shared.portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));

        Receipt receipt = shared.writes.create("deal", Map.of("TITLE", "Order 4001"), "order-4001");

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isTrue());
        assertThat(shared.portal.dealsWithKey("order-4001")).containsExactly(receipt.recordId());
        assertThat(shared.portal.store.journal().findByKey(shared.portal.origin(), "deal", "order-4001")).get()
                .satisfies(e -> assertThat(e.state()).isEqualTo(JournalState.ADOPTED));
    }

    @Test
    void aCreateCutOffBeforeThePortalRanItIsUnknownAndTheNextAttemptCreatesItOnce() {
        shared.portal.portal.faults().add(FaultRule.times(1, new Fault.DropBeforeCall(java.time.Duration.ZERO), "batch"));

        Receipt lost = shared.writes.create("deal", Map.of("TITLE", "Order 5001"), "order-5001");

        assertThat(lost).isInstanceOfSatisfying(Receipt.Unknown.class, u -> assertThat(u.attempts())
                .anySatisfy(a -> assertThat(a).contains("no record holds key 'order-5001'")));
        assertThat(shared.portal.dealsWithKey("order-5001")).isEmpty();

        Receipt retried = shared.writes.create("deal", Map.of("TITLE", "Order 5001"), "order-5001");

        assertThat(retried).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isFalse());
        assertThat(shared.portal.dealsWithKey("order-5001")).containsExactly(retried.recordId());
    }

    @Test
    void anUpdateWhoseAnswerIsLostAfterThePortalCommittedItIsSentAgainAndConfirmed() {
        long deal = shared.portal.dealIn(1);
        shared.portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
        long before = shared.portal.requests();

        Receipt receipt = shared.writes.update("deal", deal, Map.of("TITLE", "Answer lost"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(shared.portal.requests() - before).as("the absolute update was safe to send again").isEqualTo(2);
    }
}
