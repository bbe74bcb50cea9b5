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
import dev.b24kit.schema.FieldCatalog;
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

    @Option(names = "--entities", paramLabel = "ENTITY[,ENTITY…]", split = ",", converter = ChangeFlags.Entity.class,
            defaultValue = "deal,contact,company,lead", description = "What to track (default: ${DEFAULT-VALUE}).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--reconcile-every", paramLabel = "DURATION", defaultValue = "5m",
            converter = ChangeFlags.Interval.class,
            description = "The reconciler's interval: 30s, 5m, 1h or PT5M (default: ${DEFAULT-VALUE}).")
    Duration reconcileEvery;

    @Option(names = "--quiet", description = "Print no change lines (the feed in the store still grows).")
    boolean quiet;

    /** A bounded run for tests: stop after this many change lines, without taking over the signals. */
    @Option(names = "--stop-after-changes", hidden = true)
    int stopAfterChanges;

    @Override
    public Integer call() throws InterruptedException {
        Launch launch = root.launch();
        String origin = portal.origin(launch);
        if (origin != null && token == null) {
            throw new ParameterException(spec.commandLine(), "--token is required with a portal: the application_token "
                    + "of the outgoing webhook that sends to this intake (shown in the portal's webhook settings)");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Store opened = store.open(launch);
             PortalOption.PortalSession session = portal.open(launch, launch.embeddedPortal().withData(500, 300, 100, 200))) {
            InetSocketAddress address = listen;
            String applicationToken = token;
            if (session.embedded() != null) {
                address = new InetSocketAddress(listen.getHostString(), listen.getPort() == 0 ? ChangeFlags.freePort() : listen.getPort());
                URI handler = URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/events");
                applicationToken = session.embedded().events().addOutgoingWebhook(handler, events()).applicationToken();
                origin = session.embedded().baseUrl().toString().replaceAll("/+$", "");
                err.println("b24kit sync: the embedded test portal sends " + String.join(",", entities)
                        + " events to " + handler + " (with its outgoing webhook's application token)");
            }
            try (EventIntake intake = EventIntake.start(IntakeConfig.of(address, origin, applicationToken),
                    opened.changes().inbox())) {
                ChangeTracker tracker = ChangeTracker.create(opened, session.client(), FieldCatalog.of(session.client()),
                        TrackerConfig.of(origin, entities, holder()).withReconcileEvery(reconcileEvery));
                err.println("b24kit sync: listening on " + intake.url() + " for " + origin + ", tracking "
                        + String.join(",", entities) + ", reconciling every " + reconcileEvery.toString().substring(2).toLowerCase(Locale.ROOT));
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
        TrackingLoop loop = TrackingLoop.of(tracker, root.launch().clock());
        do {
            TrackingLoop.Pass pass = loop.step();
            if (pass.failure() != null) {
                status.failed(pass.failure());
            } else if (pass.reconciled()) {
                status.reconciled(pass.leader());
            }
            printed = lines.printAfter(opened, printed);
            status.show(tracker.pending(), lines.entries());
            if (stopAfterChanges > 0 && lines.entries() >= stopAfterChanges) {
                stop.countDown();
            }
        } while (!stop.await(POLL.toMillis(), TimeUnit.MILLISECONDS));
    }

    private List<String> events() {
        List<String> events = new ArrayList<>();
        for (String entity : entities) {
            for (String action : List.of("ADD", "UPDATE", "DELETE")) {
                events.add("ONCRM" + entity.toUpperCase(Locale.ROOT) + action);
            }
        }
        return events;
    }

    private static String holder() {
        return "sync-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
    }
}
