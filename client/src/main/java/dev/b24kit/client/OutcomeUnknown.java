package dev.b24kit.client;

import java.util.Objects;

/**
 * A call that is not safe to repeat (a create, an appending update, or anything not known to be
 * idempotent) failed after it may have reached the portal: a 5xx or HTML answer, a dropped
 * connection, a timeout. Whether it took effect is unknown, so the client did <b>not</b> repeat it.
 * The caller resolves it (for a create: look the record up by its key before creating again).
 *
 * <p>Carries the method, the parameters as sent and the attempt number that failed.
 */
public final class OutcomeUnknown extends Bitrix24Exception {

    private static final long serialVersionUID = 1L;

    private final transient Params params;
    private final int attempt;

    public OutcomeUnknown(String method, Params params, int attempt, String error, String description, int httpStatus,
                          Throwable cause) {
        super(describe(method, error, description, httpStatus) + "; the outcome of attempt " + attempt
                + " is unknown and it was not repeated: check the portal before sending it again", method, error,
                description, httpStatus, cause);
        this.params = Objects.requireNonNull(params, "params");
        this.attempt = attempt;
    }

    /** The parameters of the call whose outcome is unknown. */
    public Params params() {
        return params;
    }

    /** Which attempt failed (1 for the first). */
    public int attempt() {
        return attempt;
    }
}
