package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.Locale;

import dev.b24kit.eval.EvalProgress;
import dev.b24kit.eval.ProbeResult;

/**
 * The eval's live progress on stderr: a line per probe, "running" while it runs (redrawn with its result on a
 * terminal), then its status, time and summary.
 */
final class EvalLines implements EvalProgress {

    private final PrintWriter err;
    private final boolean terminal;

    EvalLines(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void started(int number, String title) {
        if (terminal) {
            err.print(String.format(Locale.ROOT, "\rb24kit eval: %d %s … running", number, title));
            err.flush();
        }
    }

    @Override
    public void finished(ProbeResult result) {
        err.println(String.format(Locale.ROOT, "%sb24kit eval: %d %s %s (%.1f s): %s", terminal ? "\r\033[K" : "", result.number(),
                result.title(), result.status(), result.duration().toMillis() / 1000.0, result.summary()));
        err.flush();
    }
}
