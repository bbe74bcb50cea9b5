package dev.b24kit.testportal.internal.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;

/**
 * The scheduled faults of a portal and how many times each may still strike. The first rule (in the
 * order added) that targets a call, is in its window, has strikes left and wins its draw, strikes.
 * Thread-safe.
 */
public final class FaultPlan {

    private final List<Entry> entries = new ArrayList<>();
    private RandomGenerator random;

    private static final class Entry {
        final long id;
        final FaultRule rule;
        int remaining;
        int struck;

        Entry(long id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
            this.remaining = rule.count();
        }
    }

    /** A scheduled rule as the admin API lists it. */
    public record Scheduled(long id, FaultRule rule, int remaining, int struck) {
    }

    private long lastId;

    public FaultPlan(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public synchronized long add(FaultRule rule) {
        entries.add(new Entry(++lastId, rule));
        return lastId;
    }

    public synchronized boolean remove(long id) {
        return entries.removeIf(entry -> entry.id == id);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized void reseed(long seed) {
        random = new SplittableRandom(seed);
    }

    public synchronized List<Scheduled> scheduled() {
        return entries.stream().map(e -> new Scheduled(e.id, e.rule, e.remaining, e.struck)).toList();
    }

    /**
     * The fault that strikes this call, or null. Only faults of the given kinds are considered, so
     * each stage of the pipeline asks for the faults it can act on.
     */
    @SafeVarargs
    public final synchronized Fault strike(String method, Instant now, Class<? extends Fault>... kinds) {
        for (Entry entry : entries) {
            FaultRule rule = entry.rule;
            if (entry.remaining == 0 || !rule.targets(method) || !isKind(rule.fault(), kinds)
                    || (rule.from() != null && now.isBefore(rule.from()))
                    || (rule.until() != null && !now.isBefore(rule.until()))) {
                continue;
            }
            if (rule.probability() < 1 && random.nextDouble() >= rule.probability()) {
                continue;
            }
            if (entry.remaining > 0) {
                entry.remaining--;
            }
            entry.struck++;
            return rule.fault();
        }
        return null;
    }

    private static boolean isKind(Fault fault, Class<? extends Fault>[] kinds) {
        for (Class<? extends Fault> kind : kinds) {
            if (kind.isInstance(fault)) {
                return true;
            }
        }
        return false;
    }
}
