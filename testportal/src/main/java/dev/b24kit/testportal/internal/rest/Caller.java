package dev.b24kit.testportal.internal.rest;

import java.util.Set;

/**
 * Who is calling: the acting user, the credential the call was authorised with, and its scopes.
 *
 * @param userId        the acting user (webhook owner or token user)
 * @param credentialKey the operating-time budget key: one per webhook or per application (§4.2)
 * @param scopes        granted scopes; a method needs its scope to be in here
 * @param kind          how the call was authorised
 * @param applicationId the OAuth client id, null for webhooks
 */
public record Caller(long userId, String credentialKey, Set<String> scopes, Kind kind, String applicationId) {

    public enum Kind { WEBHOOK, OAUTH, INTERNAL }

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** A caller with every scope, for the seeder and the admin API (no limits, no budget). */
    public static Caller internal(long userId) {
        return new Caller(userId, "internal", Set.of(), Kind.INTERNAL, null);
    }

    /**
     * Whether a method of {@code scope} may be called. The reduced user scopes {@code user_basic} and
     * {@code user_brief} also open the {@code user} methods, which then return fewer fields (docs
     * {@code user-scope.md}).
     */
    public boolean hasScope(String scope) {
        return kind == Kind.INTERNAL || scope == null || scopes.contains(scope)
                || ("user".equals(scope) && (scopes.contains("user_basic") || scopes.contains("user_brief")));
    }
}
