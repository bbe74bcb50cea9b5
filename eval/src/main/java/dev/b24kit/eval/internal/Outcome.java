package dev.b24kit.eval.internal;

import java.util.List;

import dev.b24kit.eval.ProbeStatus;

/** What one probe found, before the runner adds its number, title and duration. Immutable. */
record Outcome(ProbeStatus status, String summary, List<String> evidence) {

    Outcome {
        evidence = List.copyOf(evidence);
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
}
