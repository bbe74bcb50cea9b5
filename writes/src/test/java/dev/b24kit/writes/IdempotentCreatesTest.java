package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.b24kit.store.journal.JournalState;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;

/**
 * Creates carry a key in the record and in the journal; a retried create never creates twice. Faults are
 * set on {@code batch}, the method the test portal sees, since a create goes out in one batch with its
 * read-back.
 */
class IdempotentCreatesTest {

    private static WritesPortal portal;
    private static Writes writes;

    @BeforeAll
    static void start() {
        portal = WritesPortal.start();
        writes = portal.writes();
        portal.catalog.entities();
    }

    @AfterEach
    void noFaultsLeft() {
        portal.portal.faults().clear();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aCreateIsConfirmedAndCarriesItsKeyInTheRecord() {
        Receipt receipt = writes.create("deal", Map.of("TITLE", "Order 1182", "Client budget", "1 500,50 RUB"), "order-1182");

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isFalse());
        var deal = portal.deal(receipt.recordId());
        assertThat(deal.get("ORIGIN_ID").asString()).isEqualTo("order-1182");
        assertThat(deal.get("ORIGINATOR_ID").asString()).isEqualTo("b24kit");
        assertThat(portal.store.journal().findByKey(portal.origin(), "deal", "order-1182")).get()
                .satisfies(e -> assertThat(e.state()).isEqualTo(JournalState.CONFIRMED));
    }

    @Test
    void aRetriedCreateWithTheSameKeyAdoptsTheFirstRecordInsteadOfCreatingAnother() {
        Receipt first = writes.create("deal", Map.of("TITLE", "Order 2001"), "order-2001");
        Receipt again = writes.create("deal", Map.of("TITLE", "Order 2001"), "order-2001");

        assertThat(again).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isTrue());
        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(portal.dealsWithKey("order-2001")).hasSize(1);
    }

    @Test
    void aKeyReusedWithOtherContentIsRefused() {
        writes.create("deal", Map.of("TITLE", "Order 3001"), "order-3001");

        Receipt reused = writes.create("deal", Map.of("TITLE", "Something else"), "order-3001");

        assertThat(reused).isInstanceOfSatisfying(Receipt.Refused.class, r -> assertThat(r.reason())
                .contains("key 'order-3001' was used for another deal with different content"));
        assertThat(portal.dealsWithKey("order-3001")).hasSize(1);
    }

    @Test
    void aCreateWithoutAKeyGetsOneFromItsContentSoTheSameCreateIsNotMadeTwice() {
        Receipt first = writes.create("deal", Map.of("TITLE", "Derived key deal"), null);
        Receipt again = writes.create("deal", Map.of("TITLE", "Derived key deal"), null);

        assertThat(again.recordId()).isEqualTo(first.recordId());
        assertThat(portal.deal(first.recordId()).get("ORIGIN_ID").asString()).startsWith("content:");
    }

    @Test
    void aCreateWhoseAnswerIsLostAfterThePortalCommittedItIsAdoptedNotCreatedTwice() {
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));

        Receipt receipt = writes.create("deal", Map.of("TITLE", "Order 4001"), "order-4001");

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isTrue());
        assertThat(portal.dealsWithKey("order-4001")).containsExactly(receipt.recordId());
        assertThat(portal.store.journal().findByKey(portal.origin(), "deal", "order-4001")).get()
                .satisfies(e -> assertThat(e.state()).isEqualTo(JournalState.ADOPTED));
    }

    @Test
    void aCreateCutOffBeforeThePortalRanItIsUnknownAndTheNextAttemptCreatesItOnce() {
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropBeforeCall(java.time.Duration.ZERO), "batch"));

        Receipt lost = writes.create("deal", Map.of("TITLE", "Order 5001"), "order-5001");

        assertThat(lost).isInstanceOfSatisfying(Receipt.Unknown.class, u -> assertThat(u.attempts())
                .anySatisfy(a -> assertThat(a).contains("no record holds key 'order-5001'")));
        assertThat(portal.dealsWithKey("order-5001")).isEmpty();

        Receipt retried = writes.create("deal", Map.of("TITLE", "Order 5001"), "order-5001");

        assertThat(retried).isInstanceOfSatisfying(Receipt.Confirmed.class, c -> assertThat(c.adopted()).isFalse());
        assertThat(portal.dealsWithKey("order-5001")).containsExactly(retried.recordId());
    }

    @Test
    void anUpdateWhoseAnswerIsLostAfterThePortalCommittedItIsSentAgainAndConfirmed() {
        long deal = portal.dealIn(1);
        portal.portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "batch"));
        long before = portal.requests();

        Receipt receipt = writes.update("deal", deal, Map.of("TITLE", "Answer lost"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(portal.requests() - before).as("the absolute update was safe to send again").isEqualTo(2);
    }
}
