package dev.b24kit.testportal.internal.limits;

/**
 * Collects what one call did (rows returned, rows counted, table size, offset) and prices it with a
 * {@link CostModel}. One meter per call; not thread-safe.
 */
public final class CostMeter {

    private final CostModel model;
    private double seconds;

    public CostMeter(CostModel model, boolean writes) {
        this.model = model;
        this.seconds = writes ? model.baseWrite() : model.baseRead();
    }

    /** A list page was located in a table of {@code tableRows} rows. */
    public void page(long tableRows) {
        seconds += tableRows * model.pagePerTableRow();
    }

    /** COUNT(*) ran over {@code matchingRows} rows ({@code start >= 0}). */
    public void counted(long matchingRows) {
        seconds += matchingRows * model.countPerRow();
    }

    /** An offset skipped {@code rows} rows. */
    public void skipped(long rows) {
        seconds += rows * model.offsetPerRow();
    }

    /** {@code rows} rows were rendered into the result. */
    public void returned(long rows) {
        seconds += rows * model.perRowReturned();
    }

    /** Extra fixed cost (a sub-call's own work inside a larger operation). */
    public void add(double extraSeconds) {
        seconds += extraSeconds;
    }

    public double seconds() {
        return seconds;
    }
}
