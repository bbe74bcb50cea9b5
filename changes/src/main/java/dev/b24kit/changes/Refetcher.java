package dev.b24kit.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.changes.internal.Recorder;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Params;
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
 * refetchers, in one process or many (PostgreSQL), never process one claim twice.
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
        return process(store.changes().inbox().claim(portal, holder, PER_REQUEST, lease));
    }

    private List<FeedEntry> process(List<PendingRecord> claimed) {
        if (claimed.isEmpty()) {
            return List.of();
        }
        Batch.Builder gets = Batch.builder();
        for (int i = 0; i < claimed.size(); i++) {
            PendingRecord p = claimed.get(i);
            gets.add("r" + i, "crm." + p.entity() + ".get", Params.of("id", p.recordId()));
        }
        BatchResult answers = client.batch(gets.build());
        List<FeedEntry> entries = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            PendingRecord p = claimed.get(i);
            switch (answers.outcome("r" + i)) {
                case CommandOutcome.Succeeded s -> recorder.record(p.entity(), p.recordId(), s.result().result(), p.source(), p, false)
                        .ifPresent(entries::add);
                case CommandOutcome.Failed f when notFound(f) -> recorder.record(p.entity(), p.recordId(), null, p.source(), p, false)
                        .ifPresent(entries::add);
                case CommandOutcome.Failed f -> LOG.warn("re-fetching {} {} failed ({} {}); it is retried when its claim expires",
                        p.entity(), p.recordId(), f.error(), f.description());
                case CommandOutcome.NotRun n -> LOG.warn("re-fetching {} {} did not run: {}", p.entity(), p.recordId(), n.reason());
            }
        }
        return entries;
    }

    /** Runs until the inbox has nothing unclaimed; answers the feed entries appended. */
    public List<FeedEntry> drain() {
        List<FeedEntry> all = new ArrayList<>();
        List<PendingRecord> claimed;
        while (!(claimed = store.changes().inbox().claim(portal, holder, PER_REQUEST, lease)).isEmpty()) {
            all.addAll(process(claimed));
        }
        return all;
    }

    static boolean notFound(CommandOutcome.Failed failed) {
        return Optional.ofNullable(failed.description()).orElse("").toLowerCase(java.util.Locale.ROOT).contains("not found")
                || "NOT_FOUND".equalsIgnoreCase(failed.error());
    }
}
