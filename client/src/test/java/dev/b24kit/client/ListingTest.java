package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.client.listing.PageIterator;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class ListingTest {

    private static final int DEALS = 3_000;
    private static TestPortal portal;
    private static Bitrix24Client client;

    @BeforeAll
    static void start() {
        portal = PortalFixture.start(PortalConfig.fast().withData(DEALS, 30, 10, 20));
        client = PortalFixture.quickClient(portal, new PortalFixture.RecordingSleeper()).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        portal.close();
    }

    @BeforeEach
    void reset() {
        portal.reset();
    }

    private static List<Long> ids(Stream<JsonNode> rows, String idField) {
        try (rows) {
            return rows.map(r -> PortalValues.asLong(r.get(idField)).orElseThrow()).toList();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 16})
    void listsEveryRowOfAStaticTableExactlyOnce(int shards) {
        List<Long> ids = ids(client.list("crm.deal.list", ListQuery.builder().select("ID", "TITLE").shards(shards).build()), "ID");
        assertThat(ids).hasSize(DEALS).doesNotHaveDuplicates();
        assertThat(new HashSet<>(ids)).isEqualTo(LongStream.rangeClosed(1, DEALS).boxed().collect(Collectors.toSet()));
    }

    @Test
    void keysetPagesGoFiftyToABatchAndAreNeverCounted() {
        long before = portal.calls(0, Integer.MAX_VALUE).size();
        ids(client.list("crm.deal.list", ListQuery.builder().select("ID").shards(1).build()), "ID");
        var calls = portal.calls(before, Integer.MAX_VALUE);
        long requests = calls.stream().filter(c -> c.batchOf() == 0).count();
        assertThat(requests).isLessThanOrEqualTo(DEALS / 2500 + 2); // the span probe, then 2,500 rows a request
        assertThat(calls).filteredOn(c -> c.method().equals("crm.deal.list"))
                .allSatisfy(c -> assertThat(String.valueOf(c.params().get("start"))).isEqualTo("-1"));
    }

    @Test
    void aFilterIsHonouredAndTheSelectGainsTheIdItNeeds() {
        List<JsonNode> rows;
        try (Stream<JsonNode> s = client.list("crm.deal.list", ListQuery.builder().filter("STAGE_ID", "WON")
                .select("TITLE").shards(2).build())) {
            rows = s.toList();
        }
        long expected = client.call("crm.deal.list", Params.of("filter", Map.of("STAGE_ID", "WON")).with("start", 0))
                .total().orElseThrow();
        assertThat(rows).hasSize((int) expected).allSatisfy(r -> assertThat(r.has("ID")).isTrue());
    }

    @Test
    void endsCorrectlyWhenAShortPageBreaksTheChainMidBatch() {
        // sparse IDs: keep only every 7th deal, so ranges end with short pages in the middle of batches
        Batch.Builder deletes = Batch.builder();
        for (long id = 1; id <= DEALS; id++) {
            if (id % 7 != 0) {
                deletes.add("crm.deal.delete", Params.of("id", id));
            }
        }
        client.batch(deletes.build());
        for (int shards : new int[] {1, 5}) {
            List<Long> ids = ids(client.list("crm.deal.list", ListQuery.builder().select("ID").shards(shards).build()), "ID");
            assertThat(ids).doesNotHaveDuplicates().hasSize(DEALS / 7)
                    .allSatisfy(id -> assertThat(id % 7).isZero());
        }
    }

    @Test
    void countsWhatAQueryMatchesWithOneCountedRequest() {
        long before = portal.calls(0, Integer.MAX_VALUE).size();
        assertThat(client.count("crm.deal.list", ListQuery.builder().filter("<=ID", 1234).build())).isEqualTo(1234);
        assertThat(portal.calls(before, Integer.MAX_VALUE)).singleElement()
                .satisfies(c -> assertThat(String.valueOf(c.params().get("start"))).isEqualTo("0"));
    }

    @Test
    void descendingOrderIsAKeysetChainToo() {
        List<Long> ids = ids(client.list("crm.deal.list", ListQuery.builder().order("ID", "DESC").select("ID").build()), "ID");
        assertThat(ids).hasSize(DEALS).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void anotherOrderPagesByOffsetInBatches() {
        long before = portal.calls(0, Integer.MAX_VALUE).size();
        List<JsonNode> rows;
        try (Stream<JsonNode> s = client.list("crm.deal.list", ListQuery.builder().order("TITLE", "ASC")
                .select("ID", "TITLE").filter("<=ID", 700).build())) {
            rows = s.toList();
        }
        assertThat(rows).hasSize(700);
        assertThat(rows.stream().map(r -> r.get("ID").asString()).distinct()).hasSize(700);
        assertThat(portal.calls(before, Integer.MAX_VALUE)).filteredOn(c -> c.method().equals("crm.deal.list"))
                .anySatisfy(c -> assertThat(String.valueOf(c.params().get("start"))).isEqualTo("650"));
    }

    @Test
    void listsSmartProcessItemsByKeyset() {
        long expected = client.call("crm.item.list", Params.of("entityTypeId", 2).with("start", 0)).total().orElseThrow();
        List<Long> ids = ids(client.list("crm.item.list", ListQuery.builder().param("entityTypeId", 2)
                .select("id", "title").shards(3).build()), "id");
        assertThat(ids).hasSize((int) expected).doesNotHaveDuplicates();
    }

    @Test
    void rowsPresentThroughoutAreSeenOnceWhileOthersComeAndGo() {
        Set<Long> deleted = new HashSet<>();
        List<Long> seen = new ArrayList<>();
        List<Long> created = new CopyOnWriteArrayList<>();
        try (PageIterator pages = client.pages("crm.deal.list",
                ListQuery.builder().select("ID").shards(1).build())) {
            int page = 0;
            while (pages.hasNext()) {
                for (JsonNode row : pages.next().rows()) {
                    seen.add(PortalValues.asLong(row.get("ID")).orElseThrow());
                }
                if (page++ % 10 == 0) { // between batches: delete ahead and behind, create new rows
                    long ahead = seen.get(seen.size() - 1) + 300;
                    long behind = seen.get(0) + page;
                    for (long id : new long[] {ahead, behind}) {
                        if (id <= DEALS && deleted.add(id)) {
                            client.call("crm.deal.delete", Params.of("id", id));
                        }
                    }
                    created.add(client.call("crm.deal.add", Params.of("fields", Map.of("TITLE", "During"))).result().asLong());
                }
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(seen).doesNotHaveDuplicates();
        Set<Long> presentThroughout = LongStream.rangeClosed(1, DEALS).boxed().collect(Collectors.toSet());
        presentThroughout.removeAll(deleted);
        assertThat(seen).containsAll(presentThroughout);
        assertThat(created).isNotEmpty();
    }
}
