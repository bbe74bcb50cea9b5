package dev.b24kit.eval.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.b24kit.eval.EventWatch;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.writes.Receipt;

/**
 * Probe 8: a change the eval makes to a sandbox deal shows up in the change feed within a bound, by webhook or
 * by reconcile (docs/bitrix24-behavior.md §10.3). On a test portal the eval runs the intake itself
 * ({@link HostedTracking}); elsewhere it watches the feed that a running {@code b24kit sync} fills in the same store.
 */
final class EventsProbe implements Probe {

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String id() {
        return "events";
    }

    @Override
    public String title() {
        return "Events";
    }

    @Override
    public String writes() {
        return "it changes a sandbox deal and watches the change feed";
    }

    @Override
    public Outcome run(ProbeContext context) {
        EventWatch watch = context.config().events();
        boolean hosted = watch instanceof EventWatch.Automatic && context.admin().isPresent();
        if (watch instanceof EventWatch.Automatic && !hosted && context.config().store().changes().cursors()
                .get(context.config().portal(), "reconcile:deal").isEmpty()) {
            return Outcome.skipped("no change tracking of this portal in the store: run b24kit sync with the same --db "
                    + "(its outgoing webhook pointing at the intake) and the eval watches its feed");
        }
        long deal = context.sandbox().create("deal", null);
        List<String> evidence = new ArrayList<>();
        if (hosted) {
            try (HostedTracking tracking = HostedTracking.start(context)) {
                evidence.add("intake " + tracking.url() + " receives ONCRMDEAL* from an outgoing webhook set up through the admin API");
                return watch(context, deal, watch.within(), Optional.of(tracking), evidence);
            }
        }
        evidence.add("watching the store's feed, filled by change tracking elsewhere (b24kit sync)");
        return watch(context, deal, watch.within(), Optional.empty(), evidence);
    }

    private static Outcome watch(ProbeContext context, long deal, Duration within, Optional<HostedTracking> tracking,
                                 List<String> evidence) {
        long after = context.config().store().changes().feed().last();
        Receipt change = context.writes().update("deal", deal, Map.of("TITLE", "b24kit eval event " + context.runId()));
        evidence.add("changed sandbox deal " + deal + ": " + change.kind());
        long started = context.config().clock().millis();
        Duration webhookWait = tracking.isPresent() ? within.dividedBy(2) : within;
        Optional<FeedEntry> seen = poll(context, deal, after, started, webhookWait, tracking);
        if (seen.isEmpty() && tracking.isPresent()) {
            evidence.add("no webhook within " + seconds(webhookWait) + "; reconciling once");
            tracking.get().reconcile();
            seen = find(context, deal, after);
        }
        tracking.ifPresent(t -> evidence.add("the portal's delivery log: " + t.deliveryOutcomes()));
        long took = context.config().clock().millis() - started;
        if (seen.isEmpty()) {
            return Outcome.fail("the change to deal " + deal + " did not reach the feed within " + seconds(within)
                    + ": no webhook came and no reconcile recorded it", evidence);
        }
        FeedEntry entry = seen.get();
        evidence.add("feed entry " + entry.seq() + ": " + entry.kind() + " by " + entry.source() + " after " + took + " ms");
        return Outcome.pass("the change reached the feed by " + entry.source().name().toLowerCase(java.util.Locale.ROOT)
                + " after " + took + " ms (bound " + seconds(within) + ")", evidence);
    }

    private static Optional<FeedEntry> poll(ProbeContext context, long deal, long after, long started, Duration wait,
                                            Optional<HostedTracking> tracking) {
        while (context.config().clock().millis() - started < wait.toMillis()) {
            tracking.ifPresent(HostedTracking::drain);
            Optional<FeedEntry> seen = find(context, deal, after);
            if (seen.isPresent()) {
                return seen;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<FeedEntry> find(ProbeContext context, long deal, long after) {
        long position = after;
        List<FeedEntry> page;
        while (!(page = context.config().store().changes().feed().after(position, 500)).isEmpty()) {
            for (FeedEntry entry : page) {
                if (entry.portal().equals(context.config().portal()) && entry.entity().equals("deal") && entry.recordId() == deal) {
                    return Optional.of(entry);
                }
            }
            position = page.getLast().seq();
        }
        return Optional.empty();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }
}
