package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.Signal;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.RecordedCall;

/**
 * Several refetch workers in one process drain one large inbox through the claims: every record is
 * fetched once per generation and recorded once, on SQLite (one writer) as on PostgreSQL (SKIP LOCKED).
 */
class RefetchWorkersTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    private Store store;
    private Bitrix24Client client;

    private String origin() {
        return portal.portal().baseUrl().toString().replaceAll("/+$", "");
    }

    @AfterEach
    void stop() {
        client.close();
        store.close();
    }

    private ChangeTracker tracker(Backend backend) {
        store = Store.open(stores.fresh(backend));
        client = Deals.client(portal);
        return ChangeTracker.create(store, client, FieldCatalog.of(client), TrackerConfig.of(origin(), List.of("deal"), "test"));
    }

    private void signal(List<Long> ids) {
        List<Signal> signals = new ArrayList<>();
        ids.forEach(id -> signals.add(new Signal(origin(), "deal", id, "ONCRMDEALADD", ChangeSource.WEBHOOK)));
        store.changes().inbox().add(signals);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void fourWorkersRecordEveryRecordOfALargeInboxExactlyOnce(Backend backend) {
        ChangeTracker tracker = tracker(backend);
        List<Long> ids = new Deals(portal).createMany(1_000);
        signal(ids);
        signal(ids.subList(0, 500)); // a second signal: one generation more, still one fetch after both
        long before = portal.calls().stream().mapToLong(RecordedCall::sequence).max().orElse(0);

        List<FeedEntry> recorded = tracker.refetcher().drain(4);

        List<FeedEntry> feed = store.changes().feed().after(0, 1_000_000);
        assertThat(feed).extracting(FeedEntry::recordId).as("one entry per record, none twice")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(feed).allSatisfy(e -> assertThat(e.kind()).isEqualTo(ChangeKind.CREATED));
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(feed);
        assertThat(store.changes().inbox().pending(origin())).isZero();
        List<RecordedCall> calls = portal.calls().stream().filter(c -> c.sequence() > before).toList();
        Map<Object, Long> fetches = calls.stream().filter(c -> c.method().equals("crm.deal.get"))
                .collect(Collectors.groupingBy(c -> Long.parseLong(String.valueOf(c.params().get("id"))), Collectors.counting()));
        assertThat(fetches).as("each record fetched once").hasSize(ids.size()).allSatisfy((id, n) -> assertThat(n).isOne());
        Map<Long, Long> getsPerBatch = calls.stream().filter(c -> c.method().equals("crm.deal.get"))
                .collect(Collectors.groupingBy(RecordedCall::batchOf, Collectors.counting()));
        assertThat(getsPerBatch).as("one batch request per claim of 50").hasSize(ids.size() / 50)
                .allSatisfy((batch, n) -> assertThat(batch).isPositive())
                .allSatisfy((batch, n) -> assertThat(n).isEqualTo(50L));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aRecordSignalledAgainAfterItsFetchIsFetchedOnceMore(Backend backend) {
        ChangeTracker tracker = tracker(backend);
        List<Long> ids = new Deals(portal).createMany(120);
        signal(ids);
        tracker.refetcher().drain(3);
        new Deals(portal).rename(ids.subList(0, 60), "Again");
        signal(ids.subList(0, 60));

        List<FeedEntry> again = tracker.refetcher().drain(3);

        assertThat(again).extracting(FeedEntry::recordId).containsExactlyInAnyOrderElementsOf(ids.subList(0, 60));
        assertThat(again).allSatisfy(e -> assertThat(e.kind()).isEqualTo(ChangeKind.UPDATED));
        Map<Long, Long> fetches = portal.calls().stream().filter(c -> c.method().equals("crm.deal.get"))
                .map(c -> Long.parseLong(String.valueOf(c.params().get("id"))))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        ids.forEach(id -> assertThat(fetches.get(id)).as("fetches of %s", id).isEqualTo(id <= ids.get(59) ? 2L : 1L));
        assertThatThrownBy(() -> tracker.refetcher().drain(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("workers");
    }
}
