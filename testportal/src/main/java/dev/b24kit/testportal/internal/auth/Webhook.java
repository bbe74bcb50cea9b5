package dev.b24kit.testportal.internal.auth;

import java.util.Set;

/**
 * An incoming webhook: {@code /rest/{userId}/{secret}/}. Calls run as {@code userId}, limited to
 * {@code scopes} (§1.1).
 *
 * @param id     stable id, used as the operating-budget key instead of the secret
 */
public record Webhook(long id, long userId, String secret, Set<String> scopes) {

    public Webhook {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() { // keeps the secret out of logs and messages
        return "Webhook[id=" + id + ", userId=" + userId + ", scopes=" + Scopes.sorted(scopes) + "]";
    }
}
