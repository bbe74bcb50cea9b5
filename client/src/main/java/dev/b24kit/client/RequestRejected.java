package dev.b24kit.client;

/**
 * The portal refused the request (a 4xx other than limits and authentication, or a method-level
 * error such as {@code Not found}, {@code ID is not defined or invalid.},
 * {@code CRM_FIELD_ERROR_VALUE_NOT_VALID}). Sending it again unchanged will not help: fix the
 * parameters. Nothing was retried.
 */
public final class RequestRejected extends Bitrix24Exception {

    private static final long serialVersionUID = 1L;

    public RequestRejected(String method, String error, String description, int httpStatus) {
        super(describe(method, error, description, httpStatus) + "; " + hint(error, description, httpStatus),
                method, error, description, httpStatus, null);
    }

    /** Whether the portal said the record or method does not exist. */
    public boolean isNotFound() {
        return httpStatus() == 404 || error().equalsIgnoreCase("NOT_FOUND") || error().equals("ERROR_METHOD_NOT_FOUND")
                || description().toLowerCase(java.util.Locale.ROOT).contains("not found");
    }

    private static String hint(String error, String description, int status) {
        if (error.equals("ERROR_METHOD_NOT_FOUND") || status == 404) {
            return "check the method name and that the portal has the module";
        }
        if (description.toLowerCase(java.util.Locale.ROOT).contains("not found")) {
            return "the record does not exist (deleted, or a wrong id)";
        }
        if (status == 403 || error.toUpperCase(java.util.Locale.ROOT).contains("ACCESS")) {
            return "the webhook's or application's user lacks the rights for this; grant them in the portal";
        }
        return "fix the parameters; the call was not retried";
    }
}
