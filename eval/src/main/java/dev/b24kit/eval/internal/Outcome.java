package dev.b24kit.eval.internal;

import java.util.List;

import dev.b24kit.eval.ProbeStatus;

/**
 * What one probe found, before the runner adds its number, title and duration. Immutable.
 *
 * @param cases test cases of their own the probe ran (one per scenario), reported after the probe
 */
record Outcome(ProbeStatus status, String summary, List<String> evidence, List<Case> cases) {

    /** A test case within a probe: a stable id, a title, its outcome and how long it took. */
    record Case(String id, String title, Outcome outcome, java.time.Duration took) {
    }

    Outcome {
        evidence = List.copyOf(evidence);
        cases = List.copyOf(cases);
    }

    Outcome(ProbeStatus status, String summary, List<String> evidence) {
        this(status, summary, evidence, List.of());
    }

    static Outcome pass(String summary, List<String> evidence) {
        return new Outcome(ProbeStatus.PASS, summary, evidence);
    }

    static Outcome fail(String summary, List<String> evidence) {
        return new Outcome(ProbeStatus.FAIL, summary, evidence);
    }

    static Outcome skipped(String reason) {
        return new Outcome(ProbeStatus.SKIPPED, reason, List.of());
    }

    /** Pass when {@code ok}, else fail, with the same evidence. */
    static Outcome of(boolean ok, String passed, String failed, List<String> evidence) {
        return ok ? pass(passed, evidence) : fail(failed, evidence);
    }

    /** This outcome with {@code value} as its cases. */
    Outcome withCases(List<Case> value) {
        return new Outcome(status, summary, evidence, value);
    }
}
