package dev.b24kit.eval.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.Signal;

/**
 * Change tracking over a scenario's records, in the eval's store: their state before the steps goes into the
 * mirror; after the steps they are signalled and re-read as a webhook would have them re-read, and the feed
 * entries change tracking appended for them in between are what the scenario's {@code feed} expectation counts.
 * Independent of webhooks, so it works on any portal. Not thread-safe.
 */
final class ScenarioFeed {

    private final ProbeContext context;
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private final ChangeTracker tracker;
    private final long mark;

    private ScenarioFeed(ProbeContext context, Map<String, String> entities, Map<String, Long> records) {
        this.context = context;
        List<String> names = entities.values().stream().distinct().toList();
        this.tracker = ChangeTracker.create(context.config().store(), context.client(), context.catalog(),
                TrackerConfig.of(context.config().portal(), names, "eval-scenarios-" + context.runId()));
        for (Map.Entry<String, String> e : entities.entrySet()) {
            keys.put(e.getKey(), tracker.entities().get(names.indexOf(e.getValue())));
            ids.put(e.getKey(), records.get(e.getKey()));
        }
        signalAndDrain();
        this.mark = context.config().store().changes().feed().last();
    }

    /** Records the current state of {@code records} (setup name → id, {@code entities} setup name → entity). */
    static ScenarioFeed start(ProbeContext context, Map<String, String> entities, Map<String, Long> records) {
        return new ScenarioFeed(context, entities, records);
    }

    /** Re-reads the records, then answers the feed entries appended for {@code ref} since {@link #start}. */
    List<FeedEntry> entriesSinceStart(String ref) {
        signalAndDrain();
        String key = keys.get(ref);
        long id = ids.get(ref);
        return context.config().store().changes().feed().after(mark, 10_000).stream()
                .filter(e -> e.portal().equals(context.config().portal()) && e.entity().equals(key) && e.recordId() == id)
                .toList();
    }

    private void signalAndDrain() {
        List<Signal> signals = keys.entrySet().stream().map(e -> new Signal(context.config().portal(), e.getValue(),
                ids.get(e.getKey()), event(e.getValue()), ChangeSource.RECONCILE)).toList();
        context.config().store().changes().inbox().add(signals);
        tracker.refetcher().drain();
    }

    private static String event(String key) {
        return key.startsWith("item:") ? "ONCRMDYNAMICITEMUPDATE" : "ONCRM" + key.toUpperCase(Locale.ROOT) + "UPDATE";
    }
}
