package dev.b24kit.testportal.internal.limits;

/**
 * How long a call "takes" on the portal, in seconds. Calibrated on the docs' example (§6.1,
 * {@code huge-data.md}): on a 2,387,743-row table a counted page ({@code start >= 0}) took 49.9 s and
 * an uncounted one ({@code start=-1}) 0.097 s. So COUNT costs about 20.9 µs per matching row, and a
 * keyset page about 0.04 µs per table row; both scale linearly with the table.
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

    /** Defaults calibrated on the docs' example; see the class comment and docs/testportal.md. */
    public static final CostModel DEFAULT = new CostModel(
            0.02, 0.05, 0.0002,
            (DOCS_COUNTED_SECONDS - DOCS_UNCOUNTED_SECONDS) / DOCS_TABLE_ROWS,
            (DOCS_UNCOUNTED_SECONDS - 0.02 - 50 * 0.0002) / DOCS_TABLE_ROWS,
            0.000002);

    /** Every call costs nothing (pure protocol tests). */
    public static final CostModel FREE = new CostModel(0, 0, 0, 0, 0, 0);

    public CostModel {
        for (double value : new double[] {baseRead, baseWrite, perRowReturned, countPerRow, pagePerTableRow, offsetPerRow}) {
            if (!(value >= 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("cost model values must be finite and >= 0");
            }
        }
    }
}
