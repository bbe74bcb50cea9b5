package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.client.Sleeper;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;

/**
 * {@link ChangeFeed#subscribe}: background delivery from the consumer's durable cursor, on SQLite and
 * PostgreSQL. The subscription's waits go through a sleeper the test releases, so nothing here sleeps:
 * the test waits only for entries to arrive.
 */
class FeedSubscriptionTest {

    private static final String PORTAL = "https://example.bitrix24.ru";
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    @RegisterExtension
    static final TestStores stores = new TestStores();

    private Store store;
    private final BlockingQueue<Long> received = new LinkedBlockingQueue<>();
    private final Ticks ticks = new Ticks();

    /** A sleeper that returns when the test says so. */
    private static final class Ticks implements Sleeper {
        private final Semaphore permits = new Semaphore(0);

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            permits.acquire();
        }

        void tick() {
            permits.release();
        }
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private ChangeFeed feed(Backend backend) {
        store = Store.open(stores.fresh(backend));
        return ChangeFeed.of(store, PORTAL);
    }

    private void append(int count) {
        for (int i = 0; i < count; i++) {
            store.changes().feed().append(new FeedEntry(0, PORTAL, "deal", 100 + i, ChangeKind.UPDATED, ChangeSource.WEBHOOK,
                    null, "[{\"field\":\"TITLE\",\"before\":\"a\",\"after\":\"b\"}]"));
        }
    }

    /** The next {@code count} seqs the listener received, waiting for each. */
    private List<Long> take(int count) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Long seq = received.poll(30, TimeUnit.SECONDS);
            assertThat(seq).as("entry %d of %d arrived; so far %s", i + 1, count, seqs).isNotNull();
            seqs.add(seq);
        }
        return seqs;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void entriesAppendedAfterSubscribingArriveInOrder(Backend backend) throws Exception {
        ChangeFeed feed = feed(backend);
        FeedSubscription subscription = feed.subscribe("agent", e -> received.add(e.seq()), INTERVAL, ticks);
        append(3);
        ticks.tick();
        assertThat(take(3)).containsExactly(1L, 2L, 3L);
        append(2);
        ticks.tick();
        assertThat(take(2)).containsExactly(4L, 5L);
        assertThat(subscription.isRunning()).isTrue();
        subscription.close();

        assertThat(subscription.isRunning()).isFalse();
        assertThat(subscription.position()).as("an entry being handled at close is finished and stored").isEqualTo(5);
        assertThat(feed.position("agent")).isEqualTo(5);
        assertThat(received).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void afterCloseAndSubscribingAgainNothingIsSkippedOrRepeated(Backend backend) throws Exception {
        ChangeFeed feed = feed(backend);
        List<Long> seen = new ArrayList<>();
        FeedSubscription first = feed.subscribe("agent", e -> received.add(e.seq()), INTERVAL, ticks);
        append(3);
        ticks.tick();
        seen.addAll(take(3));
        first.close();
        assertThat(first.isRunning()).isFalse();
        append(4);

        try (FeedSubscription second = feed.subscribe("agent", e -> received.add(e.seq()), INTERVAL, ticks)) {
            seen.addAll(take(4));
            append(1);
            ticks.tick();
            seen.addAll(take(1));
        }

        assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(received).as("nothing delivered twice").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aListenerThatThrowsStopsTheDeliveryAtThatEntryWhichComesAgainOnTheNextSubscription(Backend backend) throws Exception {
        ChangeFeed feed = feed(backend);
        append(3);
        AtomicBoolean failedOnce = new AtomicBoolean();
        IllegalStateException refusal = new IllegalStateException("the agent could not handle it");

        FeedSubscription failing = feed.subscribe("agent", e -> {
            received.add(e.seq());
            if (e.seq() == 2 && failedOnce.compareAndSet(false, true)) {
                throw refusal;
            }
        }, INTERVAL, ticks);
        assertThat(take(2)).containsExactly(1L, 2L);
        failing.close();

        assertThat(failing.failure()).containsSame(refusal);
        assertThat(failing.isRunning()).isFalse();
        assertThat(failing.position()).isEqualTo(1);
        assertThat(feed.position("agent")).as("the cursor stays before the failed entry").isEqualTo(1);
        assertThat(received).as("nothing after the failed entry").isEmpty();
        try (FeedSubscription again = feed.subscribe("agent", e -> received.add(e.seq()), INTERVAL, ticks)) {
            assertThat(take(2)).containsExactly(2L, 3L);
            assertThat(again.failure()).isEmpty();
        }
    }
}
