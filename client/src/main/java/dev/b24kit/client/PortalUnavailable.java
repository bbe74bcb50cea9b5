package dev.b24kit.client;

/**
 * The portal kept failing past the retry limits (attempts or total time): 5xx answers, HTML error
 * pages, {@code OVERLOAD_LIMIT}, or I/O errors; or a call that is not safe to repeat was refused in
 * a way that proves it did not run ({@code OVERLOAD_LIMIT}). In both cases the portal holds no effect
 * of this call that the client did not report. Try again later.
 */
public final class PortalUnavailable extends Bitrix24Exception {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    public PortalUnavailable(String method, String error, String description, int httpStatus, int attempts,
                             Throwable cause) {
        super(describe(method, error, description, httpStatus) + "; gave up after " + attempts
                + (attempts == 1 ? " attempt" : " attempts") + ", try again later", method, error, description,
                httpStatus, cause);
        this.attempts = attempts;
    }

    /** How many times the call was sent. */
    public int attempts() {
        return attempts;
    }
}
