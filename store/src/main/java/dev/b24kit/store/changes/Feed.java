package dev.b24kit.store.changes;

import java.util.List;

/**
 * The change feed: an append-only sequence of detected changes. Sequence numbers grow in commit order,
 * also with several processes on PostgreSQL (appends are serialised by a transaction-scoped lock), so
 * a reader that remembers the last seq it saw misses nothing.
 *
 * <p>Thread-safe. Arguments must not be {@code null}; results are never {@code null}. Failures are
 * {@link dev.b24kit.store.StoreException}s.
 */
public interface Feed {

    /** Appends the entry (its {@code seq} and {@code detectedAt} are ignored) and answers it as stored. */
    FeedEntry append(FeedEntry draft);

    /** Entries with a seq above {@code afterSeq}, ascending, at most {@code limit}. */
    List<FeedEntry> after(long afterSeq, int limit);

    /** The highest seq, 0 when the feed is empty. */
    long last();
}
