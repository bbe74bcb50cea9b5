package dev.b24kit.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.changes.internal.Recorder;
import dev.b24kit.changes.internal.TrackedEntity;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.PendingRecord;

/**
 * Takes pending records from the inbox, re-fetches them through the client in {@code batch} gets
 * (50 per request) and records what changed. A get answering "Not found" is a verified delete; any
 * other failure leaves the record claimed until the claim expires, when it is tried again. Several
 * refetchers, in one process ({@link #drain(int)}) or many, never process one claim twice. Smart processes
 * are re-fetched with {@code crm.item.get} ({@code entityTypeId}, {@code id}) in the same batches.
 *
 * <p>Thread-safe. Failures of the store are {@link dev.b24kit.store.StoreException}s; of the portal,
 * the client's exceptions (the claims then expire and are retried).
 */
public final class Refetcher {

    private static final Logger LOG = LoggerFactory.getLogger(Refetcher.class);
    private static final int PER_REQUEST = 50;

    private final Store store;
    private final Bitrix24Client client;
    private final Recorder recorder;
    private final String portal;
    private final String holder;
    private final Duration lease;

    Refetcher(Store store, Bitrix24Client client, Recorder recorder, String portal, String holder, Duration lease) {
        this.store = store;
        this.client = client;
        this.recorder = recorder;
        this.portal = portal;
        this.holder = holder;
        this.lease = lease;
    }

    /** Claims up to 50 pending records, re-fetches and records them; answers the feed entries appended. */
    public List<FeedEntry> runOnce() {
        return process(store.changes().inbox().claim(portal, holder, PER_REQUEST, lease), holder);
    }

    private List<FeedEntry> process(List<PendingRecord> claimed, String worker) {
        if (claimed.isEmpty()) {
            return List.of();
        }
        Batch.Builder gets = Batch.builder();
        List<TrackedEntity> entities = new ArrayList<>(claimed.size());
        for (int i = 0; i < claimed.size(); i++) {
            PendingRecord p = claimed.get(i);
            TrackedEntity entity = entity(p, worker);
            entities.add(entity);
            if (entity != null) {
                gets.add("r" + i, entity.getMethod(), entity.getParams(p.recordId()));
            }
        }
        BatchResult answers = gets.size() == 0 ? null : client.batch(gets.build());
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            PendingRecord p = claimed.get(i);
            TrackedEntity entity = entities.get(i);
            if (entity == null) {
                continue;
            }
            switch (answers.outcome("r" + i)) {
                case CommandOutcome.Succeeded s -> recorder.record(entity, p.recordId(), entity.record(s.result().result()),
                        p.source(), p, worker, false).ifPresent(entries::add);
                case CommandOutcome.Failed f when notFound(f) -> recorder.record(entity, p.recordId(), null, p.source(), p,
                        worker, false).ifPresent(entries::add);
                case CommandOutcome.Failed f -> LOG.warn("re-fetching {} {} failed ({} {}); it is retried when its claim expires",
                        p.entity(), p.recordId(), f.error(), f.description());
                case CommandOutcome.NotRun n -> LOG.warn("re-fetching {} {} did not run: {}", p.entity(), p.recordId(), n.reason());
            }
        }
        return entries;
    }

    /** The entity of a pending record; null (its claim ended, with a warning) for a key tracking does not know. */
    private TrackedEntity entity(PendingRecord p, String worker) {
        try {
            return TrackedEntity.of(p.entity());
        } catch (IllegalArgumentException e) {
            LOG.warn("dropping the signal for {} {}: {}", p.entity(), p.recordId(), e.getMessage());
            store.changes().inbox().done(p, worker);
            return null;
        }
    }

    /** Runs until the inbox has nothing unclaimed; answers the feed entries appended. */
    public List<FeedEntry> drain() {
        return drainAs(holder);
    }

    /**
     * Runs {@code workers} workers at once, each on a virtual thread claiming up to 50 records and
     * re-fetching them in one {@code batch} request, until the inbox has nothing unclaimed; answers the
     * feed entries appended, in no particular order. Claims keep the workers apart (each claims under
     * its own holder name, {@code holder/1}, {@code holder/2}…), so no record is re-fetched twice for one
     * signal. When a worker fails (the portal, the store), the others still finish; then the first
     * failure is thrown with the others suppressed, and the failed worker's claims expire and are retried.
     *
     * @throws IllegalArgumentException {@code workers} below 1
     */
    public List<FeedEntry> drain(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (workers == 1) {
            return drain();
        }
        List<Future<List<FeedEntry>>> running = new ArrayList<>(workers);
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("b24kit-refetch-", 1).factory())) {
            for (int i = 1; i <= workers; i++) {
                String worker = holder + "/" + i;
                running.add(threads.submit(() -> drainAs(worker)));
            }
        }
        return collect(running);
    }

    private static List<FeedEntry> collect(List<Future<List<FeedEntry>>> finished) {
        List<FeedEntry> all = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<List<FeedEntry>> f : finished) {
            switch (f.state()) {
                case SUCCESS -> all.addAll(f.resultNow());
                case FAILED -> {
                    RuntimeException e = f.exceptionNow() instanceof RuntimeException r ? r
                            : new IllegalStateException("a refetch worker failed", f.exceptionNow());
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
                default -> throw new IllegalStateException("a refetch worker did not finish: " + f.state());
            }
        }
        if (failure != null) {
            throw failure;
        }
        return all;
    }

    private List<FeedEntry> drainAs(String worker) {
        List<FeedEntry> all = new ArrayList<>();
        List<PendingRecord> claimed;
        while (!(claimed = store.changes().inbox().claim(portal, worker, PER_REQUEST, lease)).isEmpty()) {
            all.addAll(process(claimed, worker));
        }
        return all;
    }

    static boolean notFound(CommandOutcome.Failed failed) {
        return Optional.ofNullable(failed.description()).orElse("").toLowerCase(java.util.Locale.ROOT).contains("not found")
                || "NOT_FOUND".equalsIgnoreCase(failed.error());
    }
}
