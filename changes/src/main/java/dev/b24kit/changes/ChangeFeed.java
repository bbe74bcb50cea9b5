package dev.b24kit.changes;

import java.util.List;
import java.util.function.Consumer;

import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;

/**
 * The change feed for Java users: read from a position, or deliver to a listener from a named
 * consumer's durable cursor. Delivery is at least once (the cursor is stored after the listener
 * returned), so a consumer that remembers the last {@link FeedEntry#seq()} it handled sees each entry
 * effectively once, also across restarts.
 *
 * <p>Thread-safe; one consumer name should be delivered by one thread at a time.
 */
public final class ChangeFeed {

    private static final int PAGE = 500;

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
     * after each; answers how many. When the listener throws, the cursor stays before that entry.
     */
    public int deliver(String consumer, Consumer<FeedEntry> listener) {
        long position = position(consumer);
        int delivered = 0;
        List<FeedEntry> page;
        while (!(page = read(position, PAGE)).isEmpty()) {
            for (FeedEntry entry : page) {
                listener.accept(entry);
                position = entry.seq();
                store.changes().cursors().set(portal, cursor(consumer), Long.toString(position));
                delivered++;
            }
        }
        return delivered;
    }

    private static String cursor(String consumer) {
        return "feed:" + consumer;
    }
}
