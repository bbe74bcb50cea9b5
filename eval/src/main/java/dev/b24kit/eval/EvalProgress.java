package dev.b24kit.eval;

/**
 * Hears the eval as it runs, for a live progress line. Called on the eval's thread; must not throw.
 */
public interface EvalProgress {

    /** Hears nothing. */
    EvalProgress NONE = new EvalProgress() {
    };

    /** Probe {@code number} ({@code title}) starts. */
    default void started(int number, String title) {
    }

    /** A probe ended. */
    default void finished(ProbeResult result) {
    }
}
