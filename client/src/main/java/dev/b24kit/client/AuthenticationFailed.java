package dev.b24kit.client;

/**
 * The portal did not accept the credentials: a wrong webhook secret or user
 * ({@code INVALID_CREDENTIALS}), a missing scope ({@code insufficient_scope}), an access token that a
 * refresh could not renew ({@code expired_token}, {@code invalid_token}, {@code invalid_grant}), or
 * {@code NO_AUTH_FOUND}. The message says which and never shows the secret or a token.
 */
public final class AuthenticationFailed extends Bitrix24Exception {

    private static final long serialVersionUID = 1L;

    public AuthenticationFailed(String method, String error, String description, int httpStatus) {
        super(describe(method, error, description, httpStatus) + "; " + hint(error), method, error, description,
                httpStatus, null);
    }

    private static String hint(String error) {
        return switch (error) {
            case "insufficient_scope" -> "add the method's scope to the webhook or application in the portal";
            case "invalid_grant" -> "the refresh token is expired or was used; authorize the application again";
            case "invalid_client" -> "check the OAuth client id and secret";
            case "expired_token", "invalid_token" -> "the token could not be renewed; check the OAuth credentials";
            default -> "check the webhook URL (user id and secret) or the OAuth credentials";
        };
    }
}
