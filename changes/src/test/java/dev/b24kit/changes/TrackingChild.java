package dev.b24kit.changes;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;

/**
 * A tracking worker in a child JVM, as one {@code sync} process runs it: optionally the intake, then
 * a loop that works the inbox through the refetcher (one claim at a time) and, every {@code every} ms, runs the reconciler
 * if it holds the lease. It talks to the test portal over HTTP with a real client and serves until it
 * is killed. The secrets come in environment variables, not on the command line (which the process list
 * shows): {@value #WEBHOOK}, the portal's incoming-webhook URL (absent: the intake alone, no worker
 * loop), and {@value #TOKEN}, the intake's application token (absent: no intake). Arguments,
 * {@code key=value}: {@code store}, {@code origin}, {@code holder}, {@code reconcile}
 * ({@code true}/{@code false}), {@code every} and {@code lease} (ms).
 *
 * <p>What it did goes to stdout, one flushed line each, so the parent can tell the processes apart:
 * {@code PORT n}, {@code READY holder}, {@code RECONCILED holder startMillis endMillis},
 * {@code RECORDED holder entity id kind source seq} (one per feed entry its refetcher appended),
 * {@code FAILED holder message}.
 */
public final class TrackingChild {

    static final String PORT = "PORT ";
    static final String WEBHOOK = "TRACKING_CHILD_WEBHOOK";
    static final String TOKEN = "TRACKING_CHILD_TOKEN";
    private static final Duration IDLE = Duration.ofMillis(20);

    private TrackingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> arg = new HashMap<>();
        for (String a : args) {
            arg.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String holder = arg.get("holder");
        Store store = Store.open(arg.get("store"));
        String webhook = System.getenv(WEBHOOK);
        if (webhook == null) { // the intake alone, no portal to talk to
            intake(store, arg.get("origin"), System.getenv(TOKEN), out);
            out.println("READY " + holder);
            new CountDownLatch(1).await();
        }
        Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(webhook))
                .rateLimiter(RateLimiter.local(new PlanLimits(1_000_000, 1_000_000), InstantSource.system(), Sleeper.SYSTEM))
                .build();
        Duration every = Duration.ofMillis(Long.parseLong(arg.get("every")));
        TrackerConfig config = new TrackerConfig(arg.get("origin"), List.of("deal"), holder, every, Duration.ofMinutes(2),
                Duration.ofMillis(Long.parseLong(arg.get("lease"))), TrackerConfig.OFFLINE_CONNECTOR);
        ChangeTracker tracker = ChangeTracker.create(store, client, FieldCatalog.of(client), config);
        if (System.getenv(TOKEN) != null) {
            intake(store, config.portal(), System.getenv(TOKEN), out);
        }
        out.println("READY " + holder);
        work(tracker, Boolean.parseBoolean(arg.get("reconcile")), out);
    }

    /** Starts the intake on a free port and says which. */
    private static void intake(Store store, String origin, String token, PrintStream out) {
        EventIntake intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", 0), origin, token),
                store.changes().inbox());
        out.println(PORT + intake.port());
    }

    /** Loops until killed: nothing here closes the store, the client or the intake. */
    private static void work(ChangeTracker tracker, boolean reconcile, PrintStream out) throws InterruptedException {
        String holder = tracker.config().holder();
        long nextReconcile = 0;
        while (true) {
            try {
                List<FeedEntry> recorded = tracker.refetcher().runOnce(); // one claim of up to 50, so each batch is reported
                for (FeedEntry e : recorded) {
                    out.println("RECORDED " + holder + " " + e.entity() + " " + e.recordId() + " " + e.kind() + " " + e.source()
                            + " " + e.seq());
                }
                if (reconcile && System.currentTimeMillis() >= nextReconcile) {
                    long started = System.currentTimeMillis();
                    if (tracker.isLeader()) {
                        tracker.reconcileIfLeader();
                        out.println("RECONCILED " + holder + " " + started + " " + System.currentTimeMillis());
                    }
                    nextReconcile = started + tracker.config().reconcileEvery().toMillis();
                }
                if (recorded.isEmpty()) {
                    Thread.sleep(IDLE); // the worker's poll interval when a claim found nothing new, as sync's loop has one
                }
            } catch (RuntimeException e) {
                out.println("FAILED " + holder + " " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
