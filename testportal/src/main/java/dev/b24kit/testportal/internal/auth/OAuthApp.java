package dev.b24kit.testportal.internal.auth;

import java.util.Set;

/**
 * An application registered on the portal for OAuth (§1.6).
 *
 * @param id               the portal's local id of the app ({@code app.info} {@code ID})
 * @param clientId         public id ({@code local.…} for local apps)
 * @param clientSecret     secret, only ever compared in constant time
 * @param code             {@code app.info} {@code CODE}
 * @param version          {@code app.info} {@code VERSION}
 * @param status           {@code F}, {@code D}, {@code T}, {@code P}, {@code L} or {@code S} ({@code app.info} {@code STATUS})
 * @param scopes           what the app may be granted
 * @param redirectUri      where {@code /oauth/authorize/} sends the user with a code; null shows the code instead
 * @param applicationToken the token the portal signs this app's event deliveries with (§10)
 */
public record OAuthApp(long id, String clientId, String clientSecret, String code, int version, String status,
                       Set<String> scopes, String redirectUri, String applicationToken) {

    /** Accepted values of {@code status}. */
    public static final Set<String> STATUSES = Set.of("F", "D", "T", "P", "L", "S");

    public OAuthApp {
        scopes = Set.copyOf(scopes);
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status: '" + status + "' is not one of F, D, T, P, L, S");
        }
    }

    @Override
    public String toString() { // keeps the secret and the application token out of logs and messages
        return "OAuthApp[id=" + id + ", clientId=" + clientId + ", code=" + code + ", status=" + status
                + ", scopes=" + Scopes.sorted(scopes) + "]";
    }
}
