package dev.b24kit.testportal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.limits.CostModel;

/**
 * Switches a running portal's limits and time model from code, as the admin API does over HTTP
 * ({@code /_testportal/limits}, {@code operating}, {@code cost}, {@code latency}, {@code cut-off},
 * {@code silent-drops}). Changes apply to calls that start afterwards. Methods return this handle so
 * settings chain:
 *
 * <pre>{@code
 * portal.limits().plan(Plan.parse("custom:5/1")).operatingLimit(Duration.ofSeconds(2))
 *         .costCoefficient("baseRead", 0.5).latency(LatencyMode.NONE);
 * }</pre>
 *
 * Thread-safe. Arguments must not be null; invalid values throw {@link IllegalArgumentException}.
 */
public final class PortalLimits {

    private final Portal portal;

    PortalLimits(Portal portal) {
        this.portal = portal;
    }

    /** Switches the request-intensity plan (§4.1); the bucket's level is kept, capped at the new burst. */
    public PortalLimits plan(Plan plan) {
        portal.bucket().plan(Objects.requireNonNull(plan, "plan"));
        return this;
    }

    /** The current plan. */
    public Plan plan() {
        return portal.bucket().plan();
    }

    /** Whether refused requests also fill the bucket (§13 UNKNOWN; off by default). */
    public PortalLimits countRejected(boolean value) {
        portal.bucket().countRejected(value);
        return this;
    }

    /** Empties the leaky bucket. */
    public PortalLimits resetBucket() {
        portal.bucket().reset();
        return this;
    }

    /** The operating-time budget per method per credential per 10 minutes (§4.2); must be positive. */
    public PortalLimits operatingLimit(Duration limit) {
        portal.budget().limit(limit);
        return this;
    }

    /** Turns refusing with {@code OPERATION_TIME_LIMIT} on or off; time is measured and reported either way. */
    public PortalLimits operatingLimitEnabled(boolean enabled) {
        portal.budget().enabled(enabled);
        return this;
    }

    /** Forgets every method's measured operating time. */
    public PortalLimits resetOperating() {
        portal.budget().reset();
        return this;
    }

    /**
     * Sets one cost-model coefficient in seconds: {@code baseRead}, {@code baseWrite},
     * {@code perRowReturned}, {@code countPerRow}, {@code pagePerTableRow}, {@code offsetPerRow}
     * (see docs/testportal.md).
     */
    public PortalLimits costCoefficient(String name, double seconds) {
        portal.costModel(portal.costModel().with(Objects.requireNonNull(name, "name"), seconds));
        return this;
    }

    /** The cost model's coefficients by name, in seconds. */
    public Map<String, Double> costCoefficients() {
        return portal.costModel().coefficients();
    }

    /** Back to the calibrated default cost model. */
    public PortalLimits defaultCost() {
        portal.costModel(CostModel.DEFAULT);
        return this;
    }

    /** Every call costs nothing. */
    public PortalLimits freeCost() {
        portal.costModel(CostModel.FREE);
        return this;
    }

    /** Whether modelled time is spent ({@link LatencyMode#REALTIME}) or only reported. */
    public PortalLimits latency(LatencyMode mode) {
        portal.latency(Objects.requireNonNull(mode, "mode"));
        return this;
    }

    /** Where the front end cuts a request off (§4.3): {@link CutOff#CLOUD}, another moment, or off. */
    public PortalLimits cutOff(CutOff value) {
        portal.cutOff(Objects.requireNonNull(value, "value"));
        return this;
    }

    /** The current cut-off. */
    public CutOff cutOff() {
        return portal.cutOff();
    }

    /** Which silent drops (§8) are on. */
    public PortalLimits silentDrops(SilentDrops drops) {
        portal.silentDrops(Objects.requireNonNull(drops, "drops"));
        return this;
    }
}
