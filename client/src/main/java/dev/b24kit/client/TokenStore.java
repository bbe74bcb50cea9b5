package dev.b24kit.client;

/**
 * Persists renewed OAuth tokens. Called once per renewal, by the one thread that renewed them,
 * before any waiting call is replayed; an exception it throws fails the calls that waited for the
 * renewal (the tokens are still used in memory).
 */
@FunctionalInterface
public interface TokenStore {

    /** Keeps nothing: renewed tokens live only in memory. */
    TokenStore IN_MEMORY = tokens -> { };

    void save(OAuthTokens renewed);
}
