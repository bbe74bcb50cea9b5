package dev.b24kit.client;

/**
 * The root of every error the client throws. Unchecked. Carries the method, the portal's
 * {@code error} code (normalised to text: {@code ""}, {@code "0"} and numbers arrive as they were
 * sent, absent reads as {@code ""}), its {@code error_description} and the HTTP status (0 when no
 * answer arrived). Messages say what to do and never contain a webhook secret or a token.
 *
 * <ul>
 *   <li>{@link RequestRejected}: the portal refused the request; sending it again unchanged will not help.</li>
 *   <li>{@link AuthenticationFailed}: the credentials are wrong, expired beyond refresh, or lack a scope.</li>
 *   <li>{@link PortalUnavailable}: the portal kept failing (5xx, overload, I/O) past the retry limits,
 *       for a call that did not run or was safe to repeat.</li>
 *   <li>{@link OutcomeUnknown}: a call that is not safe to repeat failed in a way that leaves open
 *       whether it took effect; it was not repeated.</li>
 * </ul>
 */
public abstract sealed class Bitrix24Exception extends RuntimeException
        permits RequestRejected, AuthenticationFailed, PortalUnavailable, OutcomeUnknown {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String error;
    private final String description;
    private final int httpStatus;

    Bitrix24Exception(String message, String method, String error, String description, int httpStatus,
                      Throwable cause) {
        super(message, cause);
        this.method = method;
        this.error = error == null ? "" : error;
        this.description = description == null ? "" : description;
        this.httpStatus = httpStatus;
    }

    /** The method called, lower-case ({@code crm.deal.update}). */
    public String method() {
        return method;
    }

    /** The portal's {@code error} as text; {@code ""} when it sent none or an empty one. */
    public String error() {
        return error;
    }

    /** The portal's {@code error_description}; {@code ""} when absent. */
    public String description() {
        return description;
    }

    /** The HTTP status of the last answer; 0 when none arrived (an I/O failure). */
    public int httpStatus() {
        return httpStatus;
    }

    static String describe(String method, String error, String description, int status) {
        StringBuilder text = new StringBuilder(method).append(": ");
        text.append(description.isEmpty() ? "(no description)" : description);
        text.append(" [error '").append(error).append("'");
        if (status > 0) {
            text.append(", HTTP ").append(status);
        }
        return text.append(']').toString();
    }
}
