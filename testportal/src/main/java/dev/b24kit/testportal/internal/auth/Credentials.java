package dev.b24kit.testportal.internal.auth;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The portal's credentials: incoming webhooks (and, with OAuth, application tokens). Thread-safe.
 */
public final class Credentials {

    /** Every scope the test portal knows; a webhook created without scopes gets these. */
    public static final Set<String> ALL_SCOPES = Set.of("crm", "user", "user_basic", "department", "placement", "event", "app");

    private final List<Webhook> webhooks = new CopyOnWriteArrayList<>();
    private volatile int credentialErrorStatus = 401;

    /** Adds a webhook; its id is assigned in order of creation. */
    public Webhook addWebhook(long userId, String secret, Set<String> scopes) {
        synchronized (webhooks) {
            Webhook webhook = new Webhook(webhooks.size() + 1L, userId, secret, scopes.isEmpty() ? ALL_SCOPES : scopes);
            webhooks.add(webhook);
            return webhook;
        }
    }

    public List<Webhook> webhooks() {
        return List.copyOf(webhooks);
    }

    /**
     * The status of {@code INVALID_CREDENTIALS} and {@code insufficient_scope}: 401 as the server
     * source raises them (default), or 403 as the docs list them (§1.1, §13).
     */
    public void credentialErrorStatus(int status) {
        if (status != 401 && status != 403) {
            throw new IllegalArgumentException("credential error status must be 401 or 403, got " + status);
        }
        this.credentialErrorStatus = status;
    }

    public int credentialErrorStatus() {
        return credentialErrorStatus;
    }

    /** The caller of a webhook URL, or {@code INVALID_CREDENTIALS}. Compares secrets in constant time. */
    public Caller webhookCaller(String userId, String secret) {
        byte[] given = secret.getBytes(StandardCharsets.UTF_8);
        for (Webhook webhook : webhooks) {
            boolean secretMatches = MessageDigest.isEqual(given, webhook.secret().getBytes(StandardCharsets.UTF_8));
            if (secretMatches && Long.toString(webhook.userId()).equals(userId)) {
                return new Caller(webhook.userId(), "webhook:" + webhook.id(), webhook.scopes(), Caller.Kind.WEBHOOK, null);
            }
        }
        throw new RestError(credentialErrorStatus, "INVALID_CREDENTIALS", "Invalid request credentials");
    }

    /** The caller of an OAuth call, from its {@code auth} parameter. */
    public Caller tokenCaller(Map<String, Object> params) {
        Object token = params.get("auth");
        if (!(token instanceof String) || ((String) token).isEmpty()) {
            throw new RestError(401, "NO_AUTH_FOUND", "Wrong authorization data");
        }
        throw new RestError(401, "invalid_token", "The access token provided is invalid.");
    }

    public RestError insufficientScope() {
        return new RestError(credentialErrorStatus, "insufficient_scope",
                "The request requires higher privileges than provided by the webhook token");
    }
}
