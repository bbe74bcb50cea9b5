package dev.b24kit.changes;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import dev.b24kit.client.Sleeper;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;

/**
 * The change feed for Java users: read from a position, deliver to a listener from a named consumer's
 * durable cursor, or {@link #subscribe} to have new entries delivered in the background. Delivery is at
 * least once (the cursor is stored after the listener returned), so a consumer that remembers the last
 * {@link FeedEntry#seq()} it handled sees each entry effectively once, also across restarts.
 *
 * <p>Thread-safe; one consumer name should be delivered by one thread (or subscription) at a time.
 */
public final class ChangeFeed {

    private static final int PAGE = 500;
    /** How often a subscription looks for new entries by default. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private final Store store;
    private final String portal;

    private ChangeFeed(Store store, String portal) {
        this.store = store;
        this.portal = portal;
    }

    /** The feed of {@code portal} (an origin) in the store. */
    public static ChangeFeed of(Store store, String portal) {
        return new ChangeFeed(store, portal);
    }

    /** Entries after {@code afterSeq}, ascending, at most {@code limit}. */
    public List<FeedEntry> read(long afterSeq, int limit) {
        return store.changes().feed().after(afterSeq, limit);
    }

    /** Where the consumer got to: the last seq it handled, 0 before its first. */
    public long position(String consumer) {
        return store.changes().cursors().get(portal, cursor(consumer)).map(Long::parseLong).orElse(0L);
    }

    /**
     * Hands every entry after the consumer's cursor to {@code listener}, in order, storing the cursor
     * after each; answers how many. When the listener throws, the cursor stays before that entry and the
     * exception propagates.
     */
    public int deliver(String consumer, Consumer<FeedEntry> listener) {
        return deliver(consumer, listener, () -> false, seq -> { });
    }

    /**
     * Delivers, in the background, every entry after the consumer's cursor and then every new one, looking
     * every {@link #DEFAULT_INTERVAL}; see {@link FeedSubscription} for what happens when the listener throws.
     */
    public FeedSubscription subscribe(String consumer, Consumer<FeedEntry> listener) {
        return subscribe(consumer, listener, DEFAULT_INTERVAL, Sleeper.SYSTEM);
    }

    /**
     * As {@link #subscribe(String, Consumer)}, looking for new entries every {@code interval}, waiting
     * through {@code sleeper}.
     *
     * @throws IllegalArgumentException a blank consumer, or an interval that is not positive
     */
    public FeedSubscription subscribe(String consumer, Consumer<FeedEntry> listener, Duration interval, Sleeper sleeper) {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("the consumer must be named: its cursor is stored under the name");
        }
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(sleeper, "sleeper");
        if (interval == null || !interval.isPositive()) {
            throw new IllegalArgumentException("the interval must be positive, not " + interval);
        }
        return new FeedSubscription(this, consumer, listener, interval, sleeper).start();
    }

    /** Delivers as {@link #deliver(String, Consumer)}, for the subscription: stops before the next entry once {@code stop} says so. */
    int deliver(String consumer, Consumer<FeedEntry> listener, BooleanSupplier stop, FeedSubscription subscription) {
        return deliver(consumer, listener, stop, subscription::delivered);
    }

    private int deliver(String consumer, Consumer<FeedEntry> listener, BooleanSupplier stop,
                        java.util.function.LongConsumer stored) {
        long position = position(consumer);
        int delivered = 0;
        List<FeedEntry> page;
        while (!stop.getAsBoolean() && !(page = read(position, PAGE)).isEmpty()) {
            for (FeedEntry entry : page) {
                if (stop.getAsBoolean()) {
                    return delivered;
                }
                listener.accept(entry);
                position = entry.seq();
                store.changes().cursors().set(portal, cursor(consumer), Long.toString(position));
                stored.accept(position);
                delivered++;
            }
        }
        return delivered;
    }

    private static String cursor(String consumer) {
        return "feed:" + consumer;
    }
}
