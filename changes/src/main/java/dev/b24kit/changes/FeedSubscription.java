package dev.b24kit.changes;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.client.Sleeper;
import dev.b24kit.store.changes.FeedEntry;

/**
 * A running delivery of the change feed to one listener, made by {@link ChangeFeed#subscribe}: a virtual
 * thread hands every entry after the consumer's durable cursor to the listener, in order, storing the
 * cursor after each; then it waits the interval (through the injected {@link Sleeper}) and looks again.
 * Delivery is at least once: an entry whose listener call finished but whose cursor was not stored (the
 * process died in between) comes again on the next subscription; remember the last seq handled to see
 * each entry effectively once.
 *
 * <p>When the listener throws, the delivery stops at that entry: the cursor stays before it, the
 * subscription ends, the exception is logged (WARN, with the consumer and the seq) and kept in
 * {@link #failure()}; a new subscription starts again with that entry. When reading the feed fails (the
 * store), the failure is logged and the read retried after the interval.
 *
 * <p>{@link #close()} stops it cleanly: an entry being handled is finished and its cursor stored, no
 * further entry is handed over, and {@code close} returns when the thread has ended (called from the
 * listener itself, it returns at once and the delivery ends after that entry). Thread-safe.
 */
public final class FeedSubscription implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedSubscription.class);

    private final ChangeFeed feed;
    private final String consumer;
    private final Consumer<FeedEntry> listener;
    private final Duration interval;
    private final Sleeper sleeper;
    private final Object lock = new Object();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable failure;
    private volatile long position;
    /** Whether the thread is in the sleeper, the only place {@link #close()} may interrupt it; guarded by {@code lock}. */
    private boolean sleeping;

    FeedSubscription(ChangeFeed feed, String consumer, Consumer<FeedEntry> listener, Duration interval, Sleeper sleeper) {
        this.feed = feed;
        this.consumer = consumer;
        this.listener = listener;
        this.interval = interval;
        this.sleeper = sleeper;
        this.position = feed.position(consumer);
        this.thread = Thread.ofVirtual().name("b24kit-feed-" + consumer).unstarted(this::run);
    }

    FeedSubscription start() {
        thread.start();
        return this;
    }

    /** The consumer's name. */
    public String consumer() {
        return consumer;
    }

    /** The last seq delivered and stored as the consumer's cursor (0 before the first). */
    public long position() {
        return position;
    }

    /** Whether it still delivers: not closed and no listener failure. */
    public boolean isRunning() {
        return thread.isAlive() && !closed && failure == null;
    }

    /** What the listener threw, when it stopped the delivery; empty otherwise. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    private void run() {
        while (!closed) {
            try {
                feed.deliver(consumer, this::handOver, () -> closed, this);
            } catch (ListenerFailed e) {
                failure = e.getCause();
                LOG.warn("feed consumer '{}' stopped at seq {}: its listener threw {}", consumer, e.seq, e.getCause().toString());
                return;
            } catch (RuntimeException e) {
                LOG.warn("feed consumer '{}': reading the feed failed ({}); trying again in {}", consumer, e.getMessage(), interval);
            }
            if (!pause()) {
                return;
            }
        }
    }

    private void handOver(FeedEntry entry) {
        try {
            listener.accept(entry);
        } catch (RuntimeException | Error e) {
            throw new ListenerFailed(entry.seq(), e);
        }
    }

    /** Called by the feed after the cursor is stored. */
    void delivered(long seq) {
        position = seq;
    }

    /** Waits the interval; answers false when closed meanwhile. */
    private boolean pause() {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            sleeping = true;
        }
        try {
            sleeper.sleep(interval);
        } catch (InterruptedException e) {
            // woken by close()
        } finally {
            synchronized (lock) {
                sleeping = false;
            }
            Thread.interrupted(); // an interrupt meant for the sleep must not reach the store
        }
        return !closed;
    }

    /** Stops the delivery and waits for its thread to end (unless called from it). */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            if (sleeping) {
                thread.interrupt();
            }
        }
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The listener threw while handling {@code seq}. */
    static final class ListenerFailed extends RuntimeException {
        final long seq;

        ListenerFailed(long seq, Throwable cause) {
            super(cause);
            this.seq = seq;
        }
    }
}
