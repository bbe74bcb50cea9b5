package dev.b24kit.bench.changes;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.Signal;

/**
 * Benchmark: durable events per second through the event intake, on SQLite ({@code synchronous=FULL})
 * and on PostgreSQL. {@code clients} virtual threads post over HTTP/1.1 keep-alive connections ({@link KeepAlivePoster}) to
 * {@code POST /events}, each
 * signal for a record of its own (so every 200 is one committed inbox row); a 200 comes only after
 * the signal's commit. A warm-up of 2 s is not measured. Target on SQLite: ≥ 5,000 events/s.
 *
 * <p>The derivation printed beside the result: one signal per transaction cannot beat
 * 1 ÷ (one commit's time), measured first with {@code Inbox.add} of one signal; with group commit, up
 * to {@code clients} signals wait together, so the store's ceiling is clients ÷ (the time of one
 * commit of that many signals), also measured; HTTP and the 2-core machine take their share below it.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.changes.IntakeBench [seconds=10]
 * [clients=256] [postgresUrl=jdbc:postgresql://127.0.0.1:5432/test?user=postgres|none]}.
 */
public final class IntakeBench {

    private static final String ORIGIN = "https://bench.bitrix24.test";
    private static final String TOKEN = "bench-application-token";

    private IntakeBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        String postgres = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
        Path folder = Files.createTempDirectory("b24kit-intake-bench");
        run("sqlite", folder.resolve("bench.db").toString(), seconds, clients);
        if (!postgres.equals("none")) {
            String schema = "b24kit_bench_" + Long.toHexString(System.nanoTime());
            execute(postgres, "CREATE SCHEMA " + schema);
            try {
                run("postgresql", postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema, seconds, clients);
            } finally {
                execute(postgres, "DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void run(String name, String location, int seconds, int clients) throws Exception {
        try (Store store = Store.open(location)) {
            double commitMillis = commitMillis(store, 1, 200);
            double groupMillis = commitMillis(store, clients, 50);
            try (EventIntake intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", 0), ORIGIN, TOKEN),
                    store.changes().inbox())) {
                int port = intake.port();
                AtomicLong ids = new AtomicLong(1_000_000);
                post(port, ids, clients, 2, new AtomicLong(), new AtomicLong()); // warm-up
                AtomicLong ok = new AtomicLong();
                AtomicLong refused = new AtomicLong();
                long pendingBefore = store.changes().inbox().pending(ORIGIN);
                long started = System.nanoTime();
                double rttMillis = post(port, ids, clients, seconds, ok, refused);
                double elapsed = (System.nanoTime() - started) / 1e9;
                long stored = store.changes().inbox().pending(ORIGIN) - pendingBefore;
                print(name, "one signal per transaction: a commit takes %.2f ms → at most %,.0f events/s one at a time",
                        commitMillis, 1000 / commitMillis);
                print(name, "group commit: %d clients in flight → up to %d signals per commit, which takes %.2f ms → ceiling"
                        + " about %,.0f events/s before HTTP", clients, clients, groupMillis, clients * 1000 / groupMillis);
                print(name, "achieved: %,d answered 200 in %.1f s = %,.0f durable events/s (%,d refused), mean answer %.2f ms;"
                        + " %,d new inbox rows (each 200 a committed row: %s)", ok.get(), elapsed, ok.get() / elapsed,
                        refused.get(), rttMillis, stored, stored >= ok.get() ? "yes" : "NO");
            }
        }
    }

    /** The mean time of {@code rounds} transactions of {@code size} new signals each (record IDs below the posted ones). */
    private static double commitMillis(Store store, int size, int rounds) {
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            List<Signal> signals = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                signals.add(new Signal(ORIGIN, size == 1 ? "deal" : "contact", (long) round * size + i + 1,
                        size == 1 ? "ONCRMDEALUPDATE" : "ONCRMCONTACTUPDATE",
                        ChangeSource.WEBHOOK));
            }
            store.changes().inbox().add(signals);
        }
        return (System.nanoTime() - started) / 1e6 / rounds;
    }

    /** Posts from {@code clients} virtual threads for {@code seconds}; answers the mean answer time in ms. */
    private static double post(int port, AtomicLong ids, int clients, int seconds, AtomicLong ok,
                               AtomicLong refused) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong answers = new AtomicLong();
        AtomicLong answerNanos = new AtomicLong();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    try (KeepAlivePoster poster = new KeepAlivePoster("127.0.0.1", port, "/events")) {
                        while (System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            int status = poster.post(event(ids.incrementAndGet()));
                            answerNanos.addAndGet(System.nanoTime() - sent);
                            answers.incrementAndGet();
                            (status == 200 ? ok : refused).incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return answers.get() == 0 ? Double.NaN : answerNanos.get() / 1e6 / answers.get();
    }

    private static String event(long id) {
        return "event=ONCRMDEALUPDATE&event_handler_id=1&data%5BFIELDS%5D%5BID%5D=" + id + "&ts=1768456800"
                + "&auth%5Bdomain%5D=bench.bitrix24.test&auth%5Bapplication_token%5D=" + TOKEN;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void print(String name, String format, Object... args) {
        System.out.println("[intake " + name + "] " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
