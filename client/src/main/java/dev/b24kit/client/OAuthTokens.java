package dev.b24kit.client;

import java.util.Objects;

/**
 * An OAuth access token and its refresh token. Immutable; {@code toString} shows neither.
 *
 * @param accessToken  sent as {@code auth} with every call
 * @param refreshToken exchanged for new tokens when the access token expires
 */
public record OAuthTokens(String accessToken, String refreshToken) {

    public OAuthTokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "OAuthTokens[****]";
    }
}
