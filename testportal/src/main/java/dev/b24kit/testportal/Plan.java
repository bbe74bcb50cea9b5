package dev.b24kit.testportal;

/**
 * The portal's request-intensity limit, a leaky bucket (§4.1): every HTTP request adds one, the level
 * drains by {@code drainPerSecond}, and a request that would lift the level above {@code burst} is
 * refused with 503 {@code QUERY_LIMIT_EXCEEDED}.
 *
 * @param name           label shown in the admin API
 * @param burst          X, the level above which requests are refused
 * @param drainPerSecond Y, how fast the level drains
 */
public record Plan(String name, double burst, double drainPerSecond) {

    /** Every plan but Enterprise: 50 / 2 per s. */
    public static final Plan STANDARD = new Plan("standard", 50, 2);
    /** Enterprise: 250 / 5 per s. */
    public static final Plan ENTERPRISE = new Plan("enterprise", 250, 5);
    /** No request-intensity limit (benchmarks, fast tests). */
    public static final Plan UNLIMITED = new Plan("unlimited", Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public Plan {
        if (!(burst >= 1) || !(drainPerSecond > 0)) {
            throw new IllegalArgumentException("plan '" + name + "': burst must be >= 1 and drainPerSecond > 0, got "
                    + burst + " / " + drainPerSecond);
        }
    }

    /** {@code standard}, {@code enterprise}, {@code unlimited}, or {@code custom:BURST/DRAIN} (e.g. {@code custom:10/1}). */
    public static Plan parse(String text) {
        String value = text.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "standard" -> STANDARD;
            case "enterprise" -> ENTERPRISE;
            case "unlimited" -> UNLIMITED;
            default -> {
                if (value.startsWith("custom:") && value.indexOf('/') > 7) {
                    try {
                        String[] parts = value.substring(7).split("/", 2);
                        yield new Plan(value, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
                    } catch (NumberFormatException e) {
                        // fall through to the error below
                    }
                }
                throw new IllegalArgumentException("plan: '" + text
                        + "' is not one of standard, enterprise, unlimited, custom:BURST/DRAIN (e.g. custom:10/1)");
            }
        };
    }

    public boolean unlimited() {
        return Double.isInfinite(burst);
    }
}
