package dev.b24kit.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * Wall-clock scenario benchmark of the test portal itself, served over real HTTP on loopback:
 * <ol>
 *   <li>simple calls per second ({@code server.time}) from concurrent clients, plan unlimited, latency none;</li>
 *   <li>rows per second exported through {@code crm.deal.list}, keyset ({@code start=-1}, {@code >ID})
 *       versus offset paging ({@code start=0,50,…}), both with latency none;</li>
 *   <li>heap used with the seeded deals held.</li>
 * </ol>
 * Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.PortalThroughput [deals] [seconds] [clients]}.
 * Prints one line per measurement. Targets (issue 3): ≥ 5,000 calls/s, ≥ 20,000 rows/s, ≤ 1 GB heap with 100k deals.
 */
public final class PortalThroughput {

    private static final Pattern LAST_ID = Pattern.compile("\"ID\":\"(\\d+)\"");

    private PortalThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int deals = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        PortalConfig config = PortalConfig.defaults().withPlan(Plan.UNLIMITED).withLatency(LatencyMode.NONE)
                .withData(deals, 1_000, 300, 500);
        long seedStart = System.nanoTime();
        try (TestPortal portal = TestPortal.start(config)) {
            report("seed", "%d deals seeded in %.1f s", deals, (System.nanoTime() - seedStart) / 1e9);
            report("heap", "%.0f MB used after GC with %d deals", usedHeapMb(), deals);
            // the portal's own speed is measured, not the per-method budget a real portal would enforce
            portal.limits().operatingLimitEnabled(false);
            HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            simpleCalls(http, portal.webhookUrl(), seconds, clients);
            keysetExport(http, portal.webhookUrl(), "&select%5B%5D=ID&select%5B%5D=TITLE&select%5B%5D=STAGE_ID"
                    + "&select%5B%5D=OPPORTUNITY", "4 fields");
            keysetExport(http, portal.webhookUrl(), "", "default select: * + UF_*");
            offsetExport(http, portal.webhookUrl(), Math.min(deals, 10_000));
            portal.limits().latency(LatencyMode.REALTIME);
            modelledPages(http, portal.webhookUrl(), deals);
        }
    }

    private static void simpleCalls(HttpClient http, URI hook, int seconds, int clients) throws Exception {
        URI uri = hook.resolve("server.time");
        for (int i = 0; i < 2_000; i++) { // warm-up
            send(http, uri);
        }
        AtomicLong calls = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        send(http, uri);
                        calls.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        report("simple-calls", "%.0f calls/s (server.time, %d clients, %d s; target 5000)",
                calls.get() / (double) seconds, clients, seconds);
    }

    private static void keysetExport(HttpClient http, URI hook, String select, String label) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        long lastId = 0;
        while (true) {
            String body = send(http, hook.resolve("crm.deal.list?order%5BID%5D=ASC&filter%5B%3EID%5D=" + lastId
                    + "&start=-1" + select));
            List<Long> ids = ids(body);
            rows += ids.size();
            if (ids.size() < 50) {
                break;
            }
            lastId = ids.getLast();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        report("keyset-export", "%.0f rows/s (%d rows in %.2f s, crm.deal.list start=-1 >ID, %s; target 20000)",
                rows / elapsed, rows, elapsed, label);
    }

    private static void offsetExport(HttpClient http, URI hook, int limit) throws Exception {
        long started = System.nanoTime();
        long rows = 0;
        for (int start = 0; start < limit; start += 50) {
            rows += ids(send(http, hook.resolve("crm.deal.list?order%5BID%5D=ASC&start=" + start
                    + "&select%5B%5D=ID&select%5B%5D=TITLE&select%5B%5D=STAGE_ID&select%5B%5D=OPPORTUNITY"))).size();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        report("offset-export", "%.0f rows/s (%d rows in %.2f s, crm.deal.list start=0,50,…; compare keyset)",
                rows / elapsed, rows, elapsed);
    }

    /** With the cost model's latency spent: what a page costs counted (start >= 0) versus keyset (start=-1). */
    private static void modelledPages(HttpClient http, URI hook, int deals) throws Exception {
        int pages = 3;
        long started = System.nanoTime();
        for (int page = 0; page < pages; page++) {
            send(http, hook.resolve("crm.deal.list?order%5BID%5D=ASC&start=" + page * 50 + "&select%5B%5D=ID"));
        }
        double counted = (System.nanoTime() - started) / 1e9 / pages;
        started = System.nanoTime();
        for (int page = 0; page < pages; page++) {
            send(http, hook.resolve("crm.deal.list?order%5BID%5D=ASC&filter%5B%3EID%5D=" + page * 50
                    + "&start=-1&select%5B%5D=ID"));
        }
        double keyset = (System.nanoTime() - started) / 1e9 / pages;
        report("realtime-page", "%.3f s per counted page vs %.3f s per keyset page on %d deals (latency realtime)",
                counted, keyset, deals);
    }

    private static List<Long> ids(String body) {
        List<Long> ids = new ArrayList<>();
        Matcher matcher = LAST_ID.matcher(body);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String send(HttpClient http, URI uri) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri.getPath().replaceAll("/rest/\\d+/[^/]+/", "/rest/…/") + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024.0 / 1024.0;
    }

    private static void report(String name, String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, "%-14s ", name) + String.format(Locale.ROOT, format, args));
    }
}
