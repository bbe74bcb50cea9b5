package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.audit.AuditEvent;
import dev.b24kit.store.journal.Intent;
import dev.b24kit.store.journal.IntentOutcome;
import dev.b24kit.store.journal.JournalEntry;
import dev.b24kit.store.journal.JournalState;

/** Many writers at once: on SQLite none of them may ever see SQLITE_BUSY; on both, no write is lost or doubled. */
class ConcurrentWritersTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";
    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 25;

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void writersOnVirtualThreadsAllCommitWithoutABusyError(Backend backend) throws Exception {
        try (Store store = databases.openFresh(backend)) {
            List<String> ids = runTogether(WRITERS, writer -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < WRITES_EACH; i++) {
                    mine.add(writeAndConfirm(store, "w" + writer + "-" + i));
                }
                return mine;
            });

            assertThat(ids).hasSize(WRITERS * WRITES_EACH).doesNotHaveDuplicates();
            assertThat(store.journal().unresolved()).isEmpty();
            for (String id : ids) {
                assertThat(store.journal().find(id)).get().extracting(JournalEntry::state).isEqualTo(JournalState.CONFIRMED);
                assertThat(store.audit().forJournal(id)).hasSize(1);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void concurrentCreatesUnderOneKeyAreRecordedExactlyOnce(Backend backend) throws Exception {
        try (Store store = databases.openFresh(backend)) {
            Intent intent = Intent.create(PORTAL, "deal", "the-one", "{\"TITLE\":\"once\"}");

            List<IntentOutcome> outcomes = runTogether(32, writer -> List.of(store.journal().record(intent)));

            assertThat(outcomes).filteredOn(IntentOutcome.Recorded.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(IntentOutcome.Duplicate.class::isInstance).hasSize(31);
            assertThat(outcomes).extracting(o -> o.entry().id()).containsOnly(outcomes.getFirst().entry().id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void twoStoresOnOneDatabaseTakeTurnsLikeTwoProcesses(Backend backend) throws Exception {
        String location = databases.fresh(backend);
        try (Store first = databases.open(location, new FakeClock()); Store second = databases.open(location, new FakeClock())) {
            List<String> ids = runTogether(WRITERS, writer -> {
                Store store = writer % 2 == 0 ? first : second;
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < WRITES_EACH; i++) {
                    mine.add(writeAndConfirm(store, "s" + writer + "-" + i));
                }
                return mine;
            });

            assertThat(ids).hasSize(WRITERS * WRITES_EACH).doesNotHaveDuplicates();
            assertThat(first.journal().unresolved()).isEmpty();
        }
    }

    /** The writes module's path for one create: intent, sent, confirmed, and an audit entry in the same transaction. */
    private static String writeAndConfirm(Store store, String key) {
        String id = store.journal().record(Intent.create(PORTAL, "deal", key, "{\"TITLE\":\"" + key + "\"}")).entry().id();
        store.journal().transition(id, JournalState.PENDING, JournalState.SENT, key, "{}");
        store.transaction(tx -> {
            tx.journal().transition(id, JournalState.SENT, JournalState.CONFIRMED, null, "{\"verified\":true}");
            return tx.audit().append(new AuditEvent(PORTAL, "b24kit", "write.confirmed", null, id, null));
        });
        return id;
    }

    interface Writer<T> {
        List<T> write(int writer) throws Exception;
    }

    /** Runs {@code count} writers on virtual threads, released together; rethrows the first failure. */
    private static <T> List<T> runTogether(int count, Writer<T> writer) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<T>>> futures = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<List<T>> task = () -> {
                    start.await();
                    return writer.write(index);
                };
                futures.add(threads.submit(task));
            }
            start.countDown();
        }
        List<T> results = new ArrayList<>();
        for (Future<List<T>> future : futures) {
            results.addAll(future.get());
        }
        return results;
    }
}
