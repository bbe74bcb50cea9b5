package dev.b24kit.changes;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.changes.internal.Recorder;
import dev.b24kit.changes.internal.TrackedEntity;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;

/**
 * Makes the mirror equal the portal whatever the webhooks did. Per entity: the first run loads every
 * record (keyset listing, no feed entries); later runs list the records whose {@code DATE_MODIFY} (a smart
 * process's {@code updatedTime}, through {@code crm.item.list}) is at or after the stored cursor minus the
 * overlap ({@code filter[>=DATE_MODIFY]}, {@code order[ID]}, {@code start=-1}) and record each through the same compare-and-append path as the webhooks; the cursor
 * moves only after the mirror holds them. {@link #sweep} lists IDs only and verifies, with a get, every
 * mirrored ID the portal no longer lists: deletes whose events were lost.
 *
 * <p>Thread-safe, but run one at a time per portal: {@link ChangeTracker} takes a lease for it.
 */
public final class Reconciler {

    /** How the portal writes {@code DATE_MODIFY}: seconds and a numeric offset. */
    private static final DateTimeFormatter PORTAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private final Store store;
    private final Bitrix24Client client;
    private final Recorder recorder;
    private final String portal;
    private final Duration overlap;

    Reconciler(Store store, Bitrix24Client client, Recorder recorder, String portal, Duration overlap) {
        this.store = store;
        this.client = client;
        this.recorder = recorder;
        this.portal = portal;
        this.overlap = overlap;
    }

    /**
     * One pass over one entity ({@code deal}, …, or {@code item:1030}); answers the feed entries appended.
     *
     * @throws IllegalArgumentException an entity key tracking does not know
     */
    public List<FeedEntry> reconcile(String entityKey) {
        TrackedEntity entity = TrackedEntity.of(entityKey);
        String cursorName = "reconcile:" + entity.key();
        Optional<OffsetDateTime> cursor = store.changes().cursors().get(portal, cursorName).map(OffsetDateTime::parse);
        ListQuery.Builder query = entity.fullListing();
        cursor.ifPresent(c -> query.filter(">=" + entity.modifiedField(), c.minus(overlap).format(PORTAL_TIME)));
        boolean initial = cursor.isEmpty();
        List<FeedEntry> entries = new ArrayList<>();
        OffsetDateTime newest = cursor.orElse(null);
        try (Stream<JsonNode> rows = client.list(entity.listMethod(), query.build())) {
            for (JsonNode row : (Iterable<JsonNode>) rows::iterator) {
                long id = row.get(entity.idField()).asLong();
                recorder.record(entity, id, row, ChangeSource.RECONCILE, null, null, initial).ifPresent(entries::add);
                newest = later(newest, row.get(entity.modifiedField()));
            }
        }
        if (newest != null) {
            store.changes().cursors().set(portal, cursorName, newest.format(PORTAL_TIME));
        }
        return entries;
    }

    /**
     * Finds mirrored records the portal no longer lists, verifies each with a get, records the deletes.
     *
     * @throws IllegalArgumentException an entity key tracking does not know
     */
    public List<FeedEntry> sweep(String entityKey) {
        TrackedEntity entity = TrackedEntity.of(entityKey);
        long[] listed;
        try (Stream<JsonNode> rows = client.list(entity.listMethod(), entity.idListing().build())) {
            listed = rows.mapToLong(r -> r.get(entity.idField()).asLong()).sorted().toArray();
        }
        List<Long> missing = new ArrayList<>();
        long after = 0;
        List<Long> page;
        while (!(page = store.changes().mirror().ids(portal, entity.key(), after, 1_000)).isEmpty()) {
            for (long id : page) {
                if (Arrays.binarySearch(listed, id) < 0) {
                    missing.add(id);
                }
            }
            after = page.getLast();
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += 50) {
            List<Long> ids = missing.subList(from, Math.min(missing.size(), from + 50));
            Batch.Builder gets = Batch.builder();
            ids.forEach(id -> gets.add("g" + id, entity.getMethod(), entity.getParams(id)));
            BatchResult answers = client.batch(gets.build());
            for (long id : ids) {
                if (answers.outcome("g" + id) instanceof CommandOutcome.Failed f && Refetcher.notFound(f)) {
                    recorder.record(entity, id, null, ChangeSource.SWEEP, null, null, false).ifPresent(entries::add);
                }
            }
        }
        return entries;
    }

    private static OffsetDateTime later(OffsetDateTime newest, JsonNode modified) {
        if (modified == null || modified.isNull()) {
            return newest;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(modified.asString());
            return newest == null || at.isAfter(newest) ? at : newest;
        } catch (DateTimeParseException e) {
            return newest;
        }
    }
}
