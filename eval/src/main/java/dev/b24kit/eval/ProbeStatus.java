package dev.b24kit.eval;

/** How a probe ended. */
public enum ProbeStatus {
    /** What the probe checks holds on this portal. */
    PASS,
    /** It does not; the evidence says what was seen. */
    FAIL,
    /** The probe did not run; the summary says why (read-only, not a test portal, no field map…). */
    SKIPPED
}
