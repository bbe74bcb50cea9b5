package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.changes.internal.Recorder;
import dev.b24kit.changes.internal.TrackedEntity;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;

/**
 * Two processes recording the same record (one's reconciler, the other's refetcher): each is a store of
 * its own on one database, as separate JVMs have. The same change recorded at the same moment is
 * appended once; a state read before the one already mirrored does not replace it.
 */
class ConcurrentRecordingTest {

    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final String ORIGIN = "https://race.bitrix24.test";
    private static final int RECORDS = 200;
    private static final TrackedEntity DEAL = TrackedEntity.of("deal");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void twoProcessesRecordingTheSameChangeAtOnceAppendOneFeedEntry(Backend backend) throws Exception {
        String location = stores.fresh(backend);
        try (Store first = Store.open(location); Store second = Store.open(location);
             ExecutorService processes = Executors.newFixedThreadPool(2)) {
            Recorder reconciler = new Recorder(first, ORIGIN, null);
            Recorder refetcher = new Recorder(second, ORIGIN, null);
            for (long id = 1; id <= RECORDS; id++) {
                JsonNode record = JsonMapper.builder().build().readTree("{\"ID\":\"" + id + "\",\"TITLE\":\"Deal " + id + "\"}");
                long recordId = id;
                CountDownLatch go = new CountDownLatch(1);
                Future<?> one = processes.submit(() -> {
                    go.await();
                    return reconciler.record(DEAL, recordId, record, ChangeSource.RECONCILE, null, "test", false);
                });
                Future<?> other = processes.submit(() -> {
                    go.await();
                    return refetcher.record(DEAL, recordId, record, ChangeSource.WEBHOOK, null, "test", false);
                });
                go.countDown();
                one.get();
                other.get();
            }

            List<FeedEntry> feed = first.changes().feed().after(0, 1_000_000);
            assertThat(feed).extracting(FeedEntry::recordId).as("one CREATED per record").doesNotHaveDuplicates().hasSize(RECORDS);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aStateReadBeforeTheOneAnotherProcessRecordedDoesNotReplaceIt(Backend backend) {
        String location = stores.fresh(backend);
        try (Store first = Store.open(location); Store second = Store.open(location)) {
            Recorder refetcher = new Recorder(first, ORIGIN, null);
            Recorder reconciler = new Recorder(second, ORIGIN, null);
            refetcher.record(DEAL, 7, deal("Old", "2026-01-15T09:00:00+03:00"), ChangeSource.RECONCILE, null, "test", true);

            // process 2 listed the deal at 09:00:00, process 1 then fetched it at 09:00:05 and recorded first
            var newer = refetcher.record(DEAL, 7, deal("New", "2026-01-15T09:00:05+03:00"), ChangeSource.WEBHOOK, null, "test", false);
            var stale = reconciler.record(DEAL, 7, deal("Old", "2026-01-15T06:00:00+00:00"), ChangeSource.RECONCILE, null, "test", false);

            assertThat(newer).isPresent();
            assertThat(stale).as("no change back to the old state").isEmpty();
            assertThat(first.changes().mirror().find(ORIGIN, "deal", 7)).hasValueSatisfying(m -> assertThat(m.fields()).contains("New"));
            assertThat(first.changes().feed().after(0, 100)).hasSize(1);
        }
    }

    private static JsonNode deal(String title, String modified) {
        return JsonMapper.builder().build().readTree("{\"ID\":\"7\",\"TITLE\":\"" + title + "\",\"DATE_MODIFY\":\"" + modified + "\"}");
    }
}
