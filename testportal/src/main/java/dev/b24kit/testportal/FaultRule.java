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

    /**
     * Reads a rule from text, as the CLI ({@code --fault}) and the admin API take it:
     * {@code KIND[:ARG]@METHOD[,count=N][,p=P][,from=ISO][,until=ISO]}, for example
     * {@code drop-after-commit@crm.deal.add,count=1}, {@code server-error:502@crm.deal.list,p=0.2},
     * {@code slow:PT2S@*}, {@code drop-before:PT1S@crm.deal.update}, {@code query-limit@*,count=5},
     * {@code overload@*}, {@code expired-token@*,count=1}, {@code batch-command:ERROR_CORE@crm.deal.get}.
     * Throws {@link IllegalArgumentException} that names the part it could not read and what is accepted.
     */
    public static FaultRule parse(String text) {
        String spec = text.trim();
        int at = spec.indexOf('@');
        if (at <= 0) {
            throw new IllegalArgumentException("fault '" + text + "': expected KIND[:ARG]@METHOD[,count=N][,p=P],"
                    + " e.g. drop-after-commit@crm.deal.add,count=1");
        }
        String[] head = spec.substring(0, at).split(":", 2);
        String[] tail = spec.substring(at + 1).split(",");
        Fault fault = FaultKinds.fault(head[0].trim().toLowerCase(Locale.ROOT), head.length > 1 ? head[1].trim() : null, text);
        double probability = 1;
        int count = -1;
        Instant from = null;
        Instant until = null;
        for (int i = 1; i < tail.length; i++) {
            String[] option = tail[i].split("=", 2);
            String name = option[0].trim().toLowerCase(Locale.ROOT);
            String value = option.length > 1 ? option[1].trim() : "";
            try {
                switch (name) {
                    case "count" -> count = Integer.parseInt(value);
                    case "p", "probability" -> probability = Double.parseDouble(value);
                    case "from" -> from = Instant.parse(value);
                    case "until" -> until = Instant.parse(value);
                    default -> throw new IllegalArgumentException("fault '" + text + "': unknown option '" + name
                            + "'; accepted: count, p, from, until");
                }
            } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("fault '" + text + "': option " + name + "='" + value
                        + "' is not a valid " + (name.equals("count") ? "integer" : name.equals("p") || name.equals("probability")
                        ? "number in (0, 1]" : "ISO-8601 instant"), e);
            }
        }
        return new FaultRule(fault, tail[0].trim(), probability, count, from, until);
    }

    /** The rule in the text form {@link #parse} reads, e.g. {@code drop-after-commit@crm.deal.add,count=1}. */
    public String spec() {
        StringBuilder text = new StringBuilder(FaultKinds.text(fault)).append('@').append(method);
        if (count > 0) {
            text.append(",count=").append(count);
        }
        if (probability < 1) {
            text.append(",p=").append(probability);
        }
        if (from != null) {
            text.append(",from=").append(from);
        }
        if (until != null) {
            text.append(",until=").append(until);
        }
        return text.toString();
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
