package dev.b24kit.testportal;

import java.util.List;
import java.util.Objects;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.faults.FaultPlan;

/**
 * Schedules faults on a running portal from code (the admin API offers the same under
 * {@code /_testportal/faults}). Thread-safe.
 *
 * <pre>{@code
 * portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "crm.deal.add"));
 * }</pre>
 */
public final class PortalFaults {

    private final Portal portal;

    PortalFaults(Portal portal) {
        this.portal = portal;
    }

    /** A scheduled rule with what is left of it. */
    public record Scheduled(long id, FaultRule rule, int remaining, int struck) {
    }

    /** Schedules a rule; answers its id. */
    public long add(FaultRule rule) {
        return portal.faults().add(Objects.requireNonNull(rule, "rule"));
    }

    /** Removes one rule; answers whether it existed. */
    public boolean remove(long id) {
        return portal.faults().remove(id);
    }

    /** Removes every rule. */
    public void clear() {
        portal.faults().clear();
    }

    /** The rules in the order they are tried. */
    public List<Scheduled> scheduled() {
        return portal.faults().scheduled().stream()
                .map((FaultPlan.Scheduled s) -> new Scheduled(s.id(), s.rule(), s.remaining(), s.struck())).toList();
    }
}
