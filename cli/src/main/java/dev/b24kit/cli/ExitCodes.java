package dev.b24kit.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes every b24kit command uses (design §7), and their lines in {@code --help}. */
final class ExitCodes {

    static final int SUCCESS = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int NO_JDK = 3;
    static final int REFUSED = 4;
    static final int DRIFTED = 5;
    static final int OUTCOME_UNKNOWN = 6;
    static final int EVAL_FAILED = 7;

    private ExitCodes() {
    }

    /** Code → meaning, in order, for picocli's exit-code list. */
    static Map<String, String> help() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(Integer.toString(SUCCESS), "success");
        codes.put(Integer.toString(FAILURE), "failure (the portal refused or was unavailable, or a field map does not resolve; the message says why)");
        codes.put(Integer.toString(USAGE), "usage error (a bad command, flag or argument)");
        codes.put(Integer.toString(NO_JDK), "no suitable JDK, or the jar could not be built (launcher)");
        codes.put(Integer.toString(REFUSED), "refused before any write (an unknown entity, field or value; nothing was sent)");
        codes.put(Integer.toString(DRIFTED), "written but drifted (the portal does not hold what was asked; the receipt lists the fields)");
        codes.put(Integer.toString(OUTCOME_UNKNOWN), "outcome unknown (a write may or may not have happened)");
        codes.put(Integer.toString(EVAL_FAILED), "the eval found failures (b24kit eval: a probe failed; the report says which)");
        return codes;
    }
}
