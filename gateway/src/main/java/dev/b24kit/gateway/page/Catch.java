package dev.b24kit.gateway.page;

import java.util.Locale;

/** A kind of thing b24kit caught, as the trust page, {@code /metrics} and {@code b24kit trust} count it. */
public enum Catch {
    /** A write refused before any call because the portal would have dropped a field or value silently. */
    REFUSED("writes refused before the portal could silently drop them"),
    /** A write the read-back showed not holding what was asked. */
    DRIFTED("writes read back as drifted"),
    /** A create retried with its key that found the first attempt's record instead of making a second. */
    DUPLICATE_PREVENTED("duplicate creates prevented"),
    /** A write whose outcome had been unknown, settled since. */
    UNKNOWN_RESOLVED("outcome-unknown writes resolved"),
    /** A change whose event was lost, found by the reconciler's listing or ID sweep. */
    EVENT_RECOVERED("events lost and recovered by the reconciler"),
    /** A call that waited for a rate limit instead of failing. */
    LIMIT_WAIT("limit waits absorbed instead of errors");

    private final String description;

    Catch(String description) {
        this.description = description;
    }

    /** What it counts, for people. */
    public String description() {
        return description;
    }

    /** Its name in URLs and JSON: {@code duplicate-prevented}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Its Prometheus counter: {@code b24kit_trust_duplicate_prevented_total}. */
    public String metric() {
        return "b24kit_trust_" + name().toLowerCase(Locale.ROOT) + "_total";
    }

    /** Its Micrometer counter name ({@code b24kit.trust.duplicate_prevented}); Prometheus shows it as {@link #metric()}. */
    public String meterName() {
        return "b24kit.trust." + name().toLowerCase(Locale.ROOT);
    }

    /** The catch named by {@link #slug()}. @throws IllegalArgumentException naming the accepted slugs */
    public static Catch ofSlug(String slug) {
        for (Catch c : values()) {
            if (c.slug().equals(slug)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no catch '" + slug + "'; one of refused, drifted, duplicate-prevented,"
                + " unknown-resolved, event-recovered, limit-wait");
    }
}
