package dev.b24kit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/**
 * Benchmark 5, "three processes, one portal, one Redis bucket": one test portal in this JVM (standard
 * plan, default cost model, real-time latency) and three child JVMs ({@link SharedBucketWorker}) that
 * call it with single {@code crm.deal.get} calls (coalescing off) from a few virtual threads each.
 * First every child draws from one {@code RedisRateLimiter} bucket; then, beside it, the naive way:
 * every child with a local bucket, each believing it owns the portal. The portal's own call log is
 * the witness: its {@code QUERY_LIMIT_EXCEEDED} refusals (target 0 with the shared bucket) and the
 * rate of accepted requests after the burst (target ≥ 0.9 of the plan's 2 per second).
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.SharedBucket [seconds] [threads]
 * [redisUri]} (60 s, 4 threads per process, {@code $B24KIT_REDIS} or {@code redis://127.0.0.1:6379}).
 * Results go to standard output; logs to standard error. Webhook and Redis URIs reach the children on
 * their standard input and are never printed.
 */
public final class SharedBucket {

    private static final int PROCESSES = 3;
    private static final double BURST = 50;
    private static final double DRAIN = 2;
    /** Accepted requests are timed from here on: the burst (45 tokens) is long spent by then. */
    private static final Duration BURST_PHASE = Duration.ofSeconds(10);

    private SharedBucket() {
    }

    /** What the portal's call log says about one run of the children. */
    record Tally(String mode, long accepted, long refused, long otherErrors, double postBurstRate, long postBurstN,
                 double postBurstSeconds, double totalSeconds, List<String> children) {

        static Tally of(String mode, List<RecordedCall> calls, List<String> children) {
            List<RecordedCall> requests = calls.stream().filter(c -> c.batchOf() == 0)
                    .sorted(Comparator.comparing(RecordedCall::at)).toList();
            List<Instant> accepted = requests.stream().filter(RecordedCall::succeeded).map(RecordedCall::at).toList();
            long refused = requests.stream()
                    .filter(c -> c.status() == 503 && "QUERY_LIMIT_EXCEEDED".equals(c.error())).count();
            long other = requests.size() - accepted.size() - refused;
            Instant start = requests.isEmpty() ? Instant.EPOCH : requests.getFirst().at();
            List<Instant> after = accepted.stream().filter(t -> !t.isBefore(start.plus(BURST_PHASE))).toList();
            double window = after.size() < 2 ? 0 : seconds(after.getFirst(), after.getLast());
            double rate = window == 0 ? 0 : (after.size() - 1) / window;
            double total = requests.isEmpty() ? 0 : seconds(start, requests.getLast().at());
            return new Tally(mode, accepted.size(), refused, other, rate, after.size(), window, total, children);
        }

        private static double seconds(Instant from, Instant to) {
            return Duration.between(from, to).toNanos() / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String redis = args.length > 2 ? args[2] : System.getenv().getOrDefault("B24KIT_REDIS", "redis://127.0.0.1:6379");
        try (TestPortal portal = TestPortal.start(PortalConfig.defaults())) {
            report("setup", "%d processes × %d virtual threads, %d s each, crm.deal.get, coalescing off; portal: standard "
                    + "plan (burst %.0f, drain %.0f/s), default cost model, latency realtime", PROCESSES, threads, seconds,
                    BURST, DRAIN);
            report("ceiling", "the portal accepts at most %.0f + %.0f·t requests in t seconds, so after the burst the "
                    + "ceiling is %.0f req/s; achieved = (n−1)/(t_n−t_1) over the n requests it accepted from %d s "
                    + "after the first one to the last", BURST, DRAIN, DRAIN, BURST_PHASE.toSeconds());
            Tally shared = run(portal, "redis", seconds, threads, redis);
            portal.limits().resetBucket().resetOperating();
            Tally naive = run(portal, "local", seconds, threads, redis);
            print(shared, "one Redis bucket");
            print(naive, "a local bucket each (naive)");
        }
    }

    private static Tally run(TestPortal portal, String mode, int seconds, int threads, String redis)
            throws IOException, InterruptedException {
        long after = portal.calls(0, Integer.MAX_VALUE).stream().mapToLong(RecordedCall::sequence).max().orElse(0);
        List<Process> children = new ArrayList<>();
        List<BufferedReader> outputs = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-cp", System.getProperty("java.class.path"), SharedBucketWorker.class.getName(), mode,
                    Integer.toString(seconds), Integer.toString(threads))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            tell(child, portal.webhookUrl() + "\n" + redis + "\n");
            children.add(child);
            outputs.add(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
        }
        for (BufferedReader output : outputs) {
            expect(output, "ready");
        }
        for (Process child : children) {
            tell(child, "go\n");
            child.getOutputStream().close();
        }
        List<String> results = new ArrayList<>();
        for (int i = 0; i < PROCESSES; i++) {
            results.add(expect(outputs.get(i), "result"));
            children.get(i).waitFor();
        }
        return Tally.of(mode, portal.calls(after, Integer.MAX_VALUE), results);
    }

    private static void tell(Process child, String lines) throws IOException {
        Writer in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        in.write(lines);
        in.flush();
    }

    private static String expect(BufferedReader output, String prefix) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("a worker ended without saying '" + prefix + "' (see its log above)");
    }

    private static void print(Tally t, String label) {
        report(t.mode(), "%s: %d accepted in %.1f s (ceiling %.0f + %.0f·%.1f = %.0f); QUERY_LIMIT_EXCEEDED (503) at "
                + "the portal: %d%s; other errors: %d", label, t.accepted(), t.totalSeconds(), BURST, DRAIN,
                t.totalSeconds(), BURST + DRAIN * t.totalSeconds(), t.refused(),
                t.mode().equals("redis") ? " (target 0)" : "", t.otherErrors());
        report(t.mode(), "after the burst: %.3f req/s (%d accepted over %.1f s) ÷ ceiling %.0f = %.3f%s",
                t.postBurstRate(), t.postBurstN(), t.postBurstSeconds(), DRAIN, t.postBurstRate() / DRAIN,
                t.mode().equals("redis") ? " (target ≥ 0.9)" : "");
        report(t.mode(), "workers (calls that returned / failed): %s", String.join("; ", t.children()));
    }

    private static void report(String name, String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, "%-9s ", name) + String.format(Locale.ROOT, format, args));
    }
}
