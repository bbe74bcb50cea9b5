package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Requests are served concurrently and the portal's state stays consistent: parallel creates get
 * distinct IDs and are all listed, parallel updates of one record leave one of the written values.
 * Needs a plan that lets the parallel requests through (the test portal's {@code fast()} config).
 */
public abstract class ConcurrencyContract extends CrmContractSupport {

    private static final int THREADS = 16;
    private static final int PER_THREAD = 20;

    @Test
    void parallelCreatesGetDistinctIdsAndAreAllListed() throws Exception {
        String title = unique("parallel");
        List<Future<Long>> created = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < THREADS; t++) {
                for (int i = 0; i < PER_THREAD; i++) {
                    created.add(pool.submit(() -> add("deal", map("TITLE", title, "OPPORTUNITY", "100"))));
                }
            }
        }
        Set<Long> ids = new HashSet<>();
        for (Future<Long> id : created) {
            ids.add(id.get());
        }
        assertThat(ids).hasSize(THREADS * PER_THREAD);
        RawPortal.Reply page = call("crm.deal.list", map("filter", map("TITLE", title), "select", List.of("ID")));
        assertThat(page.json().get("total").asLong()).isEqualTo(THREADS * PER_THREAD);
    }

    @Test
    void parallelUpdatesOfOneRecordLeaveOneOfTheWrittenValues() throws Exception {
        long id = add("deal", map("TITLE", unique("contended")));
        Set<String> written = new HashSet<>();
        List<Future<JsonNode>> updates = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 1; i <= THREADS * 4; i++) {
                String value = i + "00.00";
                written.add(value);
                updates.add(pool.submit(() -> ok("crm.deal.update", map("id", id, "fields", map("OPPORTUNITY", value)))));
            }
        }
        for (Future<JsonNode> update : updates) {
            assertThat(update.get().asBoolean()).isTrue();
        }
        assertThat(written).contains(get("deal", id).get("OPPORTUNITY").asString());
    }
}
