package dev.b24kit.bench.agentday;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One agent day's settings: how many operations from how many sessions, the seed every random choice
 * comes from, how many gateway processes are killed and restarted, and which store.
 *
 * @param operations    agent operations in all (each one tool call, retried until it has an answer)
 * @param sessions      concurrent MCP sessions
 * @param seed          the seed of the workload, the kill points and the portal's faults and deliveries
 * @param restarts      {@code kill -9} of a gateway process during the run
 * @param gateways      gateway processes (2 needs PostgreSQL; the sessions are spread over them)
 * @param postgres      the store in a fresh PostgreSQL schema (and the bucket in Redis) instead of SQLite
 * @param reconcile     the gateways' reconcile interval; the mirror must equal the portal after one
 * @param standardPlan  the portal on the standard plan with real-time latency (false: unlimited, no latency)
 * @param out           where summary.json and timeline.html go
 */
public record DayConfig(int operations, int sessions, long seed, int restarts, int gateways, boolean postgres,
                        Duration reconcile, boolean standardPlan, Path out) {

    /** Environment or default addresses of the services a PostgreSQL day needs. */
    static final String PG_URL = System.getenv().getOrDefault("B24KIT_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    static final String REDIS_URL = System.getenv().getOrDefault("B24KIT_REDIS", "redis://127.0.0.1:6379");

    public DayConfig {
        if (operations < 1 || sessions < 1 || restarts < 0 || gateways < 1 || gateways > 2) {
            throw new IllegalArgumentException("operations and sessions must be ≥ 1, restarts ≥ 0, gateways 1 or 2");
        }
        if (gateways == 2 && !postgres) {
            throw new IllegalArgumentException("gateways=2 needs store=postgres (SQLite is one process's store)");
        }
    }

    /** The full day: 10,000 operations, 20 sessions, three restarts, standard plan. */
    public static DayConfig full(boolean postgres) {
        return new DayConfig(10_000, 20, 20_261_130L, 3, postgres ? 2 : 1, postgres, Duration.ofSeconds(30), true,
                Path.of("target", "agent-day"));
    }

    /** Arguments {@code key=value}: operations, sessions, seed, restarts, gateways, store=sqlite|postgres, reconcile (s), plan=standard|unlimited, out. */
    public static DayConfig parse(List<String> args) {
        Map<String, String> given = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("argument '" + arg + "' is not key=value; accepted keys: operations, "
                        + "sessions, seed, restarts, gateways, store, reconcile, plan, out");
            }
            given.put(arg.substring(0, eq).strip().toLowerCase(Locale.ROOT), arg.substring(eq + 1).strip());
        }
        String store = given.getOrDefault("store", "sqlite");
        if (!List.of("sqlite", "postgres").contains(store)) {
            throw new IllegalArgumentException("store=" + store + " is not accepted; accepted: sqlite, postgres");
        }
        boolean pg = store.equals("postgres");
        DayConfig base = full(pg);
        String plan = given.getOrDefault("plan", "standard");
        if (!List.of("standard", "unlimited").contains(plan)) {
            throw new IllegalArgumentException("plan=" + plan + " is not accepted; accepted: standard, unlimited");
        }
        return new DayConfig(number(given, "operations", base.operations()), number(given, "sessions", base.sessions()),
                Long.parseLong(given.getOrDefault("seed", String.valueOf(base.seed()))),
                number(given, "restarts", base.restarts()), number(given, "gateways", base.gateways()), pg,
                Duration.ofSeconds(number(given, "reconcile", (int) base.reconcile().toSeconds())), plan.equals("standard"),
                Path.of(given.getOrDefault("out", base.out().toString())));
    }

    private static int number(Map<String, String> given, String key, int fallback) {
        String value = given.get(key);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a whole number", e);
        }
    }
}
