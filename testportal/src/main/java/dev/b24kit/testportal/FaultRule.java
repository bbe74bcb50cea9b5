package dev.b24kit.testportal;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * When a {@link Fault} strikes: calls of {@code method} (case-insensitive; {@code *} for any, or a
 * prefix ending in {@code *} such as {@code crm.deal.*}), each with {@code probability}, at most
 * {@code count} times ({@code -1} for no limit), only between {@code from} and {@code until} by the
 * portal's clock (null for open ends). Draws use the portal's seeded random, so a run reproduces.
 */
public record FaultRule(Fault fault, String method, double probability, int count, Instant from, Instant until) {

    public FaultRule {
        Objects.requireNonNull(fault, "fault");
        method = method == null || method.isBlank() ? "*" : method.trim().toLowerCase(Locale.ROOT);
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1], got " + probability);
        }
        if (count < -1 || count == 0) {
            throw new IllegalArgumentException("count must be positive or -1 (no limit), got " + count);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
    }

    /** The fault on every call of {@code method}, forever. */
    public static FaultRule always(Fault fault, String method) {
        return new FaultRule(fault, method, 1, -1, null, null);
    }

    /** The fault on the next {@code count} calls of {@code method}. */
    public static FaultRule times(int count, Fault fault, String method) {
        return new FaultRule(fault, method, 1, count, null, null);
    }

    /** The same rule with a probability per call. */
    public FaultRule withProbability(double value) {
        return new FaultRule(fault, method, value, count, from, until);
    }

    /** The same rule limited to a window of portal time. */
    public FaultRule between(Instant start, Instant end) {
        return new FaultRule(fault, method, probability, count, start, end);
    }

    /** Whether the rule targets this (lower-case) method name. */
    public boolean targets(String methodName) {
        if (method.equals("*")) {
            return true;
        }
        if (method.endsWith("*")) {
            return methodName.startsWith(method.substring(0, method.length() - 1));
        }
        return method.equals(methodName);
    }
}
