package dev.b24kit.eval.scenario;

/**
 * A scenario file that cannot be read: the message names the file, the line or step, and what is accepted.
 * The eval fails that scenario with the message; the others still run.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ScenarioFormatException(String message) {
        super(message);
    }
}
