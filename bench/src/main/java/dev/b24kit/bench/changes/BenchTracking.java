package dev.b24kit.bench.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.ClientBuilder;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.MirrorRecord;
import dev.b24kit.testportal.TestPortal;

/** What the change-tracking benchmarks share: clients, stores, the portal's call log, the mirror against the portal. */
public final class BenchTracking {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private BenchTracking() {
    }

    /** The portal's origin, as the tracker and the intake name it. */
    static String origin(TestPortal portal) {
        return portal.baseUrl().toString().replaceAll("/+$", "");
    }

    /** A client of the portal; {@code paced} false: a limiter that never waits (a user's edits, a witness). */
    static Bitrix24Client client(TestPortal portal, boolean paced) {
        ClientBuilder builder = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()));
        if (!paced) {
            builder.rateLimiter(RateLimiter.local(new PlanLimits(1_000_000, 1_000_000), InstantSource.system(), Sleeper.SYSTEM));
        }
        return builder.build();
    }

    /** A fresh SQLite store in a temporary folder. */
    static Store sqlite(String name) {
        try {
            return Store.open(Files.createTempDirectory("b24kit-bench-" + name).resolve("store.db").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The call log's last sequence: requests after it are the ones to count. */
    static long mark(TestPortal portal) {
        List<dev.b24kit.testportal.RecordedCall> calls = portal.calls(0, Integer.MAX_VALUE);
        return calls.isEmpty() ? 0 : calls.getLast().sequence();
    }

    /** HTTP requests the portal served after {@code mark} (a batch counts once), by method. */
    static Map<String, Long> requests(TestPortal portal, long mark) {
        Map<String, Long> byMethod = new java.util.TreeMap<>();
        portal.calls(mark, Integer.MAX_VALUE).stream().filter(c -> c.batchOf() == 0)
                .forEach(c -> byMethod.merge(c.method(), 1L, Long::sum));
        return byMethod;
    }

    /** Commands the portal ran inside {@code batch} requests after {@code mark}, by method. */
    static Map<String, Long> commands(TestPortal portal, long mark) {
        Map<String, Long> byMethod = new java.util.TreeMap<>();
        portal.calls(mark, Integer.MAX_VALUE).stream().filter(c -> c.batchOf() != 0)
                .forEach(c -> byMethod.merge(c.method(), 1L, Long::sum));
        return byMethod;
    }

    /** Every deal as {@code crm.deal.list} with {@code *} and {@code UF_*} answers it, by ID. */
    static Map<Long, JsonNode> portalDeals(Bitrix24Client client) {
        Map<Long, JsonNode> all = new HashMap<>();
        try (Stream<JsonNode> rows = client.list("crm.deal.list", ListQuery.builder().select("*", "UF_*").build())) {
            rows.forEach(r -> all.put(r.get("ID").asLong(), r));
        }
        return all;
    }

    /** The portal's deals as the store's mirror holds them, by ID. */
    public static Map<Long, JsonNode> mirror(Store store, String origin) {
        Map<Long, JsonNode> all = new HashMap<>();
        long after = 0;
        List<MirrorRecord> page;
        while (!(page = store.changes().mirror().list(origin, "deal", after, 5_000)).isEmpty()) {
            page.forEach(r -> all.put(r.recordId(), JSON.readTree(r.fields())));
            after = page.getLast().recordId();
        }
        return all;
    }

    /** Differences between the mirror and the portal: {stale, missing from the mirror, deleted but still mirrored}. */
    public static long[] differences(Map<Long, JsonNode> portal, Map<Long, JsonNode> mirror) {
        long stale = portal.entrySet().stream().filter(e -> mirror.containsKey(e.getKey())
                && !Objects.equals(e.getValue(), mirror.get(e.getKey()))).count();
        long missing = portal.keySet().stream().filter(id -> !mirror.containsKey(id)).count();
        long extra = mirror.keySet().stream().filter(id -> !portal.containsKey(id)).count();
        return new long[] {stale, missing, extra};
    }

    /** The {@code p}-quantile (0..1) of the values, nearest rank. */
    public static long quantile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? -1 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static void print(String name, String format, Object... args) {
        System.out.println("[" + name + "] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
