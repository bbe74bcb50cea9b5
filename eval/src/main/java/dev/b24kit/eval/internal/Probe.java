package dev.b24kit.eval.internal;

/**
 * One check of the eval. Implementations are stateless; the runner catches what a probe throws and reports
 * it as a failure, and skips probes that write when the run is read-only.
 */
interface Probe {

    /** The probe's number in the list. */
    int number();

    /** A stable name ({@code silent-drops}). */
    String id();

    /** How the report names it. */
    String title();

    /** What it would write, for the read-only skip reason; null when it writes nothing. */
    String writes();

    Outcome run(ProbeContext context);
}
