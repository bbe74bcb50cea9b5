package dev.b24kit.testportal.internal.limits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long a call "takes" on the portal, in seconds. Immutable; thread-safe.
 *
 * <p>Calibrated on the docs' example (§6.1, §14.4, {@code huge-data.md}): on a 2,387,743-row table a
 * counted page ({@code start >= 0}) took 49.9 s and an uncounted one ({@code start=-1}) 0.097 s. An
 * uncounted page of 50 rows is priced {@code baseRead + 50·perRowReturned + tableRows·pagePerTableRow},
 * so {@code pagePerTableRow} takes what the fixed costs leave of 0.097 s (about 0.028 µs per table
 * row); a counted page adds {@code matchingRows·countPerRow}, which takes the remaining 49.803 s
 * (about 20.86 µs per counted row). Both scale linearly with the table. {@code offsetPerRow}, the
 * write cost and the per-row cost are plausible guesses, not measurements.
 *
 * @param baseRead         fixed cost of a read call
 * @param baseWrite        fixed cost of a write call
 * @param perRowReturned   cost per row rendered into the result
 * @param countPerRow      cost per row matched by COUNT (only when {@code start >= 0})
 * @param pagePerTableRow  cost per row of the table for locating a page
 * @param offsetPerRow     cost per row skipped by an offset ({@code start > 0})
 */
public record CostModel(double baseRead, double baseWrite, double perRowReturned, double countPerRow,
                        double pagePerTableRow, double offsetPerRow) {

    public static final double DOCS_TABLE_ROWS = 2_387_743;
    public static final double DOCS_COUNTED_SECONDS = 49.9;
    public static final double DOCS_UNCOUNTED_SECONDS = 0.097;

    /** The coefficient names, in component order (used by the admin API). */
    public static final List<String> NAMES = List.of("baseRead", "baseWrite", "perRowReturned", "countPerRow",
            "pagePerTableRow", "offsetPerRow");

    private static final double DEFAULT_BASE_READ = 0.02;
    private static final double DEFAULT_PER_ROW_RETURNED = 0.0002;

    /** Defaults calibrated on the docs' example; see the class comment and docs/testportal.md. */
    public static final CostModel DEFAULT = new CostModel(
            DEFAULT_BASE_READ, 0.05, DEFAULT_PER_ROW_RETURNED,
            (DOCS_COUNTED_SECONDS - DOCS_UNCOUNTED_SECONDS) / DOCS_TABLE_ROWS,
            (DOCS_UNCOUNTED_SECONDS - DEFAULT_BASE_READ - 50 * DEFAULT_PER_ROW_RETURNED) / DOCS_TABLE_ROWS,
            0.000002);

    /** Every call costs nothing (pure protocol tests). */
    public static final CostModel FREE = new CostModel(0, 0, 0, 0, 0, 0);

    /** Throws {@link IllegalArgumentException} when a coefficient is negative, NaN or infinite. */
    public CostModel {
        double[] values = {baseRead, baseWrite, perRowReturned, countPerRow, pagePerTableRow, offsetPerRow};
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("cost model: " + NAMES.get(i) + " must be a finite number >= 0 (seconds), got "
                        + values[i]);
            }
        }
    }

    /** The coefficients by name, in {@link #NAMES} order. */
    public Map<String, Double> coefficients() {
        double[] values = {baseRead, baseWrite, perRowReturned, countPerRow, pagePerTableRow, offsetPerRow};
        Map<String, Double> named = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            named.put(NAMES.get(i), values[i]);
        }
        return named;
    }

    /**
     * This model with one coefficient changed. Throws {@link IllegalArgumentException} for an unknown
     * name (the message lists the accepted ones) or an invalid value.
     */
    public CostModel with(String name, double seconds) {
        return switch (name) {
            case "baseRead" -> new CostModel(seconds, baseWrite, perRowReturned, countPerRow, pagePerTableRow, offsetPerRow);
            case "baseWrite" -> new CostModel(baseRead, seconds, perRowReturned, countPerRow, pagePerTableRow, offsetPerRow);
            case "perRowReturned" -> new CostModel(baseRead, baseWrite, seconds, countPerRow, pagePerTableRow, offsetPerRow);
            case "countPerRow" -> new CostModel(baseRead, baseWrite, perRowReturned, seconds, pagePerTableRow, offsetPerRow);
            case "pagePerTableRow" -> new CostModel(baseRead, baseWrite, perRowReturned, countPerRow, seconds, offsetPerRow);
            case "offsetPerRow" -> new CostModel(baseRead, baseWrite, perRowReturned, countPerRow, pagePerTableRow, seconds);
            default -> throw new IllegalArgumentException("cost model: '" + name + "' is not a coefficient; accepted: "
                    + String.join(", ", NAMES));
        };
    }
}
