package dev.b24kit.changes.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.store.changes.Inbox;
import dev.b24kit.store.changes.Signal;

/**
 * Group commit: one thread takes every signal waiting and stores them in one transaction, then
 * completes each request's future. With {@code synchronous=FULL} a commit costs an fsync, so batching
 * is what lets thousands of requests a second each be answered only after their own commit.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 1_000;

    private record Waiting(Signal signal, CompletableFuture<Void> committed) {
    }

    private final Inbox inbox;
    private final BlockingQueue<Waiting> queue;
    private final Thread writer;
    private volatile boolean closed;

    GroupCommit(Inbox inbox, int capacity) {
        this.inbox = inbox;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = Thread.ofPlatform().daemon().name("b24kit-intake-commit").start(this::run);
    }

    /** Queues the signal; answers null when the queue is full (the caller refuses the request). */
    CompletableFuture<Void> submit(Signal signal) {
        Waiting waiting = new Waiting(signal, new CompletableFuture<>());
        if (closed || !queue.offer(waiting)) {
            return null;
        }
        return waiting.committed();
    }

    private void run() {
        List<Waiting> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Waiting> batch) {
        try {
            inbox.add(batch.stream().map(Waiting::signal).toList());
            batch.forEach(w -> w.committed().complete(null));
        } catch (RuntimeException e) {
            LOG.warn("storing {} signals failed: {}", batch.size(), e.getMessage());
            batch.forEach(w -> w.committed().completeExceptionally(e));
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
