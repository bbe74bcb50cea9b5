package dev.b24kit.bench.agentday;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.store.Store;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.PortalEvents;
import dev.b24kit.testportal.TestPortal;

/**
 * The agent day: a test portal (standard plan, real-time latency, seeded faults, events lost, duplicated and
 * reordered) and 1 or 2 real gateway processes; {@code sessions} MCP agents issue {@code operations} tool calls
 * while the harness kills gateways with {@code kill -9} and starts them again (and, on PostgreSQL, cuts the
 * store's connections). The invariants are then checked against the portal; {@code summary.json} and
 * {@code timeline.html} go to {@code out}. Exit 0 when every invariant holds, 1 otherwise.
 *
 * <p>Run: {@code java -cp bench/target/b24kit-bench.jar dev.b24kit.bench.agentday.AgentDay [operations=10000]
 * [sessions=20] [seed=…] [restarts=3] [store=sqlite|postgres] [gateways=1|2] [reconcile=30] [plan=standard]
 * [out=target/agent-day]}.
 */
public final class AgentDay {

    /** The faults of the day, in the portal's own text form (first matching rule that wins its draw strikes). */
    static final List<String> FAULTS = List.of(
            // the gateways' client sends its calls as batches (reads coalesced, writes with their verifying
            // reads), so rules on crm.deal.get or crm.deal.list would never strike: each fault strikes
            // batches, whether they carry reads or writes
            "drop-after-commit@batch,p=0.02", "query-limit@*,p=0.03", "overload@*,p=0.02",
            "server-error:502@batch,p=0.015", "server-error:500@batch,p=0.015", "slow:1500ms@*,p=0.02");

    private AgentDay() {
    }

    public static void main(String[] args) throws Exception {
        DayConfig config;
        try {
            config = DayConfig.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("agent day: " + e.getMessage());
            System.exit(2);
            return;
        }
        DayResult result;
        try {
            result = run(config);
        } catch (IllegalStateException e) {
            // the day could not be run (a gateway or the database server did not start, a restart command failed)
            System.err.println("agent day: " + e.getMessage());
            System.exit(3);
            return;
        }
        System.out.println(Files.readString(result.summary()));
        System.exit(result.violations().isEmpty() ? 0 : 1);
    }

    /** Runs one day; the caller reads the invariants' violations from the result. */
    public static DayResult run(DayConfig config) throws Exception {
        Files.createDirectories(config.out());
        try (var files = Files.list(config.out())) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        String runId = "agentday_" + Long.toHexString(System.nanoTime());
        String db = config.postgres() ? postgresSchema(runId) : config.out().resolve("store.db").toString();
        PortalConfig portalConfig = (config.standardPlan() ? PortalConfig.defaults() : PortalConfig.fast())
                .withData(100, 10, 10, 10).withSeed(config.seed());
        String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        Ledger ledger = new Ledger();
        Instant started = Instant.now();
        try (TestPortal portal = TestPortal.start(portalConfig)) {
            int hookPort = Ports.free();
            PortalEvents.OutgoingWebhook hook = portal.events().addOutgoingWebhook(
                    URI.create("http://127.0.0.1:" + hookPort + "/events"), List.of("ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE"));
            portal.events().delivery(EventDelivery.CLOUD.withLoss(0.2).withDuplicates(0.1).withReorder(true));
            goLive(portal, db, config.out());
            Gateways.Launch launch = new Gateways.Launch(portal.webhookUrl().toString(), token, hook.applicationToken(), db,
                    config.postgres() ? DayConfig.REDIS_URL : null, config.reconcile().toSeconds(), config.out());
            try (Gateways gateways = new Gateways(launch, config.gateways(), hookPort); Store store = Store.open(db)) {
                for (int i = 0; i < gateways.count(); i++) {
                    gateways.start(i);
                }
                PlanLimits plan = config.standardPlan() ? PlanLimits.STANDARD : new PlanLimits(1_000_000, 1_000_000);
                Witness witness = new Witness(portal, store, plan);
                witness.awaitInitialLoad(Duration.ofMinutes(5));
                FAULTS.forEach(rule -> portal.faults().add(FaultRule.parse(rule)));
                Sampler sampler = Sampler.start(gateways, token, ledger, new CallTally(portal));
                Instant workStart = Instant.now();
                workday(config, gateways, token, ledger);
                Instant workEnd = Instant.now();
                portal.faults().scheduled().forEach(f -> ledger.faultsStruck.put(f.rule().spec(), f.struck()));
                portal.faults().clear();
                Duration convergence = witness.awaitMirror(config.reconcile().plus(Duration.ofSeconds(40)));
                sampler.stop();
                List<Invariants.Violation> violations = new Invariants(config, witness, ledger, hook.handler()).check(convergence);
                Path summary = DayReport.write(config, ledger, sampler, portal, workStart, workEnd, started, convergence,
                        violations);
                return new DayResult(summary, config.out().resolve("timeline.html"), violations,
                        List.of(portal.webhookUrl().getPath().split("/")[3], token, hook.applicationToken()));
            }
        } finally {
            if (config.postgres()) {
                dropSchema(runId);
            }
        }
    }

    /** The outcome of a run: its files, what was violated, and the secrets no output may hold (for the test's scan). */
    public record DayResult(Path summary, Path timeline, List<Invariants.Violation> violations, List<String> secrets) {
    }

    private static void workday(DayConfig config, Gateways gateways, String token, Ledger ledger)
            throws InterruptedException {
        List<Thread> agents = new ArrayList<>();
        for (int i = 0; i < config.sessions(); i++) {
            AgentSession session = new AgentSession(i, gateways.uri(i % gateways.count()), token, config, ledger);
            agents.add(Thread.ofVirtual().name("agent-" + i).start(session));
        }
        Thread progress = Thread.ofVirtual().name("progress").start(() -> progress(config, ledger, agents));
        Random chaos = new Random(config.seed() ^ 0x5DEECE66DL);
        for (int r = 0; r < config.restarts(); r++) {
            int at = (int) (config.operations() * (r + 0.5 + 0.4 * chaos.nextDouble()) / (config.restarts() + 0.5));
            awaitCompleted(ledger, Math.min(at, config.operations() - 1), agents);
            if (ledger.completed.get() >= config.operations()) {
                ledger.notes.add("restart " + (r + 1) + " not made: the work ended first");
                break;
            }
            int victim = r % gateways.count();
            Instant killed = Instant.now();
            gateways.kill(victim);
            gateways.start(victim);
            ledger.restarts.add(new Ledger.Restart(killed, "kill -9 of gateway " + (victim + 1) + ", started again",
                    Duration.between(killed, Instant.now()).toMillis()));
            if (config.postgres() && r == 0) {
                awaitCompleted(ledger, (int) (config.operations() * 0.35), agents);
                Instant stopped = Instant.now();
                String how = DatabaseServer.restart();
                ledger.restarts.add(new Ledger.Restart(stopped, "PostgreSQL server restarted (" + how + ")",
                        Duration.between(stopped, Instant.now()).toMillis()));
            }
        }
        for (Thread agent : agents) {
            agent.join();
        }
        progress.interrupt();
    }

    /** A status line on stderr every 30 s: operations done, their rate, restarts so far. */
    private static void progress(DayConfig config, Ledger ledger, List<Thread> agents) {
        Instant start = Instant.now();
        try {
            while (agents.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(30_000);
                double seconds = Math.max(1, Duration.between(start, Instant.now()).toSeconds());
                System.err.printf(java.util.Locale.ROOT, "agent day: %d of %d operations, %.2f/s, %d restarts%n",
                        ledger.completed.get(), config.operations(), ledger.completed.get() / seconds, ledger.restarts.size());
            }
        } catch (InterruptedException e) {
            // the work ended
        }
    }

    private static void awaitCompleted(Ledger ledger, int count, List<Thread> agents) throws InterruptedException {
        while (ledger.completed.get() < count && agents.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(100);
        }
    }

    private static void goLive(TestPortal portal, String db, Path out) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.b24kit.cli.Main",
                "policy", "live", "--by", "agent-day", "--db", db)
                .redirectErrorStream(true).redirectOutput(out.resolve("policy.log").toFile());
        builder.environment().put("B24KIT_PORTAL", portal.webhookUrl().toString()); // not in the process list
        Process policy = builder.start();
        if (!policy.waitFor(120, TimeUnit.SECONDS) || policy.exitValue() != 0) {
            throw new IllegalStateException("b24kit policy live failed; see " + out.resolve("policy.log"));
        }
    }

    private static String postgresSchema(String runId) throws Exception {
        try (var connection = DriverManager.getConnection(DayConfig.PG_URL); var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + runId);
        }
        return DayConfig.PG_URL + (DayConfig.PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + runId
                + "&ApplicationName=" + runId;
    }

    private static void dropSchema(String runId) throws Exception {
        try (var connection = DriverManager.getConnection(DayConfig.PG_URL); var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + runId + " CASCADE");
        }
    }
}
