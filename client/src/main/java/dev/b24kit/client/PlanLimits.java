package dev.b24kit.client;

/**
 * The portal's request-intensity limit: a leaky bucket that takes {@code burst} requests and drains
 * {@code drainPerSecond} (docs/bitrix24-behavior.md §4.1). Immutable.
 */
public record PlanLimits(int burst, double drainPerSecond) {

    /** Every plan but Enterprise: 50 requests, 2 per second. */
    public static final PlanLimits STANDARD = new PlanLimits(50, 2);
    /** Enterprise: 250 requests, 5 per second. */
    public static final PlanLimits ENTERPRISE = new PlanLimits(250, 5);

    public PlanLimits {
        if (burst < 1) {
            throw new IllegalArgumentException("burst must be at least 1, got " + burst);
        }
        if (!(drainPerSecond > 0) || Double.isInfinite(drainPerSecond)) {
            throw new IllegalArgumentException("drainPerSecond must be a positive number, got " + drainPerSecond);
        }
    }

    /** {@code standard}, {@code enterprise}, or {@code BURST/RATE} ({@code 100/3}). */
    public static PlanLimits parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "standard":
                return STANDARD;
            case "enterprise":
                return ENTERPRISE;
            default:
                String[] parts = t.split("/");
                try {
                    if (parts.length == 2) {
                        return new PlanLimits(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]));
                    }
                } catch (NumberFormatException e) {
                    // fall through to the message below
                }
                throw new IllegalArgumentException("plan '" + text + "': use standard, enterprise or BURST/RATE (e.g. 50/2)");
        }
    }
}
