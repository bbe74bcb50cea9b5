package dev.b24kit.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.changes.TrackingLoop;
import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.UnknownEntity;
import dev.b24kit.store.Store;

/**
 * {@code b24kit sync}: the event intake, the refetcher and the reconciler until SIGTERM or SIGINT. One
 * NDJSON line per detected change on stdout ({@link FeedLines}); the status on stderr. Exit codes: 0
 * after a clean stop, 1 when the store, the intake or the portal fails for good, 2 for a bad flag.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Track changes: receive the portal's outgoing-webhook events, re-read what they name, keep a "
                + "mirror and a change feed in the store, and reconcile on an interval so a lost event costs one "
                + "interval. Runs until stopped (Ctrl-C, SIGTERM).",
            "stdout: one JSON line per change; stderr: the status (pending, lag, last reconcile)."})
final class SyncCommand implements Callable<Integer> {

    static final List<String> ENTITIES = List.of("deal", "contact", "company", "lead");
    private static final Duration POLL = Duration.ofMillis(200);
    /** How often {@code --offline} asks the queue: a request each time, within the plan's 2 a second. */
    private static final Duration OFFLINE_POLL = Duration.ofSeconds(1);

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PortalOption portal;

    @Mixin
    StoreOption store;

    @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:8081",
            converter = ChangeFlags.Listen.class,
            description = "Where the intake listens for POST /events; port 0 picks a free one (default: ${DEFAULT-VALUE}).")
    InetSocketAddress listen;

    @Option(names = "--token", paramLabel = "APP_TOKEN",
            description = "The outgoing webhook's application_token; required with --portal.")
    String token;

    @Option(names = "--entities", paramLabel = "ENTITY[,ENTITY…]", split = ",", converter = ChangeFlags.EntityName.class,
            defaultValue = "deal,contact,company,lead", description = "What to track: deal, contact, company, lead, and "
                    + "smart processes as item:ENTITY_TYPE_ID or by title (default: ${DEFAULT-VALUE}).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", defaultValue = "4",
            description = "Refetch workers draining the inbox at once, each with its own batch request (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--reconcile-every", paramLabel = "DURATION", defaultValue = "5m",
            converter = ChangeFlags.Interval.class,
            description = "The reconciler's interval: 30s, 5m, 1h or PT5M (default: ${DEFAULT-VALUE}).")
    Duration reconcileEvery;

    @Option(names = "--offline", description = {"Read the application's offline event queue (event.offline.get) instead "
            + "of receiving outgoing-webhook events: no intake, no --token. Needs an application's credentials: today "
            + "only with the embedded test portal, whose default application is installed and bound for it."})
    boolean offline;

    @Option(names = "--quiet", description = "Print no change lines (the feed in the store still grows).")
    boolean quiet;

    /** A bounded run for tests: stop after this many change lines, without taking over the signals. */
    @Option(names = "--stop-after-changes", hidden = true)
    int stopAfterChanges;

    @Override
    public Integer call() throws InterruptedException {
        Launch launch = root.launch();
        String origin = portal.origin(launch);
        if (offline && origin != null) {
            throw new ParameterException(spec.commandLine(), "--offline needs an application's OAuth credentials, and sync "
                    + "takes only an incoming-webhook URL so far: use --offline without --portal (the embedded test portal), "
                    + "or --token with the portal's outgoing webhook");
        }
        if (origin != null && token == null) {
            throw new ParameterException(spec.commandLine(), "--token is required with a portal: the application_token "
                    + "of the outgoing webhook that sends to this intake (shown in the portal's webhook settings)");
        }
        if (workers < 1 || workers > 64) {
            throw new ParameterException(spec.commandLine(), "--workers must be 1 to 64, not " + workers);
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.open(launch);
             PortalOption.PortalSession session = portal.open(launch, launch.embeddedPortal().withData(500, 300, 100, 200))) {
            if (offline) {
                return offline(opened, session, err);
            }
            if (session.embedded() != null) {
                origin = session.embedded().baseUrl().toString().replaceAll("/+$", "");
            }
            ChangeTracker tracker = tracker(opened, session.client(), origin);
            InetSocketAddress address = listen;
            String applicationToken = token;
            String tracked = String.join(",", tracker.entities());
            if (session.embedded() != null) {
                address = new InetSocketAddress(listen.getHostString(), listen.getPort() == 0 ? ChangeFlags.freePort() : listen.getPort());
                URI handler = URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/events");
                applicationToken = session.embedded().events().addOutgoingWebhook(handler, ChangeFlags.events(tracker.entities()))
                        .applicationToken();
                err.println("b24kit sync: the embedded test portal sends " + tracked
                        + " events to " + handler + " (with its outgoing webhook's application token)");
            }
            try (EventIntake intake = EventIntake.start(IntakeConfig.of(address, origin, applicationToken),
                    opened.changes().inbox())) {
                err.println("b24kit sync: listening on " + intake.url() + " for " + origin + ", tracking "
                        + tracked + ", reconciling every " + reconcileEvery.toString().substring(2).toLowerCase(Locale.ROOT));
                err.flush();
                run(tracker, opened, err);
            }
        }
        err.println("b24kit sync: stopped");
        err.flush();
        return ExitCodes.SUCCESS;
    }

    private void run(ChangeTracker tracker, Store opened, PrintWriter err) throws InterruptedException {
        CountDownLatch stop = stopAfterChanges > 0 ? new CountDownLatch(1) : StopSignals.install();
        FeedLines lines = new FeedLines(spec.commandLine().getOut(), quiet);
        SyncStatus status = new SyncStatus(err, root.launch());
        long printed = opened.changes().feed().last();
        TrackingLoop loop = TrackingLoop.of(tracker, root.launch().clock()).withWorkers(workers);
        if (offline) {
            loop = loop.withOfflineQueue(OFFLINE_POLL);
        }
        do {
            TrackingLoop.Pass pass = loop.step();
            if (pass.failure() != null) {
                status.failed(pass.failure());
            } else if (pass.reconciled()) {
                status.reconciled(pass.leader());
            }
            printed = lines.printAfter(opened, printed);
            status.show(tracker.pending(), tracker.oldestPending(), lines.entries());
            if (stopAfterChanges > 0 && lines.entries() >= stopAfterChanges) {
                stop.countDown();
            }
        } while (!stop.await(POLL.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The embedded portal's default application binds offline events; the loop reads its queue instead of an intake. */
    private int offline(Store opened, PortalOption.PortalSession session, PrintWriter err) throws InterruptedException {
        try (Bitrix24Client app = Bitrix24Client.builder(EmbeddedApp.install(session.embedded()))
                .plan(dev.b24kit.client.PlanLimits.parse(portal.plan)).build()) {
            String origin = session.embedded().baseUrl().toString().replaceAll("/+$", "");
            ChangeTracker tracker = tracker(opened, app, origin);
            // the offline queue carries the four legacy entities' events (smart processes: docs/changes.md)
            tracker.offline().bind(tracker.entities().stream().filter(e -> !e.startsWith("item:")).toList());
            err.println("b24kit sync: reading the offline events of " + String.join(",", tracker.entities()) + " that the embedded "
                    + "test portal queues for its default application (auth_connector " + tracker.config().offlineConnector()
                    + "), reconciling every " + reconcileEvery.toString().substring(2).toLowerCase(Locale.ROOT));
            err.flush();
            run(tracker, opened, err);
        }
        err.println("b24kit sync: stopped");
        err.flush();
        return ExitCodes.SUCCESS;
    }

    /** The tracker, with the entities resolved (a smart process's title through the portal's catalog). */
    private ChangeTracker tracker(Store opened, Bitrix24Client client, String origin) {
        try {
            return ChangeTracker.create(opened, client, FieldCatalog.of(client),
                    TrackerConfig.of(origin, entities, holder()).withReconcileEvery(reconcileEvery));
        } catch (UnknownEntity e) {
            throw new ParameterException(spec.commandLine(), "--entities: " + e.getMessage());
        }
    }


    private static String holder() {
        return "sync-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
    }
}
