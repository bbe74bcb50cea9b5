package dev.b24kit.testportal.internal.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.b24kit.testportal.internal.rest.Caller;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * The portal's credentials (§1.1, §1.6): incoming webhooks with their scopes, and OAuth applications
 * with their codes and tokens. Turns what a request presents into a {@link Caller} or the portal's
 * error. Secrets and tokens are compared in constant time and never appear in errors. Thread-safe.
 */
public final class Credentials {

    /** Every scope the test portal knows; a webhook or app created without scopes gets these. */
    public static final Set<String> ALL_SCOPES = Set.of("crm", "user", "user_basic", "user_brief", "department",
            "placement", "event", "app", "entity", "task", "im", "disk", "calendar", "telephony", "lists", "bizproc");

    static final String WEBHOOK_SCOPE_TEXT = "The request requires higher privileges than provided by the webhook token";
    static final String TOKEN_SCOPE_TEXT = "The request requires higher privileges than provided by the access token";

    private final List<Webhook> webhooks = new CopyOnWriteArrayList<>();
    private final Applications applications = new Applications();
    private final Tokens tokens = new Tokens();
    private volatile int credentialErrorStatus = 401;

    /**
     * Adds a webhook; its id is assigned in order of creation. Empty {@code scopes} means all.
     *
     * @throws IllegalArgumentException when the secret is malformed or this user already has it
     */
    public Webhook addWebhook(long userId, String secret, Set<String> scopes) {
        if (!secret.matches("[A-Za-z0-9]{1,64}")) {
            throw new IllegalArgumentException("secret: must be 1-64 letters or digits");
        }
        synchronized (webhooks) {
            for (Webhook existing : webhooks) {
                if (existing.userId() == userId && Secrets.same(secret, existing.secret())) {
                    throw new IllegalArgumentException("secret: user " + userId + " already has a webhook with this secret");
                }
            }
            Webhook webhook = new Webhook(webhooks.size() + 1L, userId, secret, scopes.isEmpty() ? ALL_SCOPES : scopes);
            webhooks.add(webhook);
            return webhook;
        }
    }

    /** Adds a webhook with a new random secret. */
    public Webhook addWebhook(long userId, Set<String> scopes) {
        return addWebhook(userId, Secrets.webhookSecret(), scopes);
    }

    public List<Webhook> webhooks() {
        return List.copyOf(webhooks);
    }

    public Applications applications() {
        return applications;
    }

    public Tokens tokens() {
        return tokens;
    }

    /**
     * The status of {@code INVALID_CREDENTIALS} and {@code insufficient_scope}: 401 as the server
     * source raises them (default), or 403 as the docs list them (§1.1, §13).
     */
    public void credentialErrorStatus(int status) {
        if (status != 401 && status != 403) {
            throw new IllegalArgumentException("credentialErrorStatus: must be 401 (source) or 403 (docs), got " + status);
        }
        this.credentialErrorStatus = status;
    }

    public int credentialErrorStatus() {
        return credentialErrorStatus;
    }

    /** The caller of a webhook URL, or {@code INVALID_CREDENTIALS}. Compares secrets in constant time. */
    public Caller webhookCaller(String userId, String secret) {
        for (Webhook webhook : webhooks) {
            if (Secrets.same(secret, webhook.secret()) && Long.toString(webhook.userId()).equals(userId)) {
                return new Caller(webhook.userId(), "webhook:" + webhook.id(), webhook.scopes(), Caller.Kind.WEBHOOK, null);
            }
        }
        throw new RestError(credentialErrorStatus, "INVALID_CREDENTIALS", "Invalid request credentials");
    }

    /**
     * The caller of an OAuth call, from its {@code auth} parameter (§1.6): missing → 401
     * {@code NO_AUTH_FOUND}; unknown → 401 {@code invalid_token}; older than an hour by the portal's
     * clock → 401 {@code expired_token}. The operating budget key is the application (§4.2).
     */
    public Caller tokenCaller(Map<String, Object> params, Instant now) {
        Object auth = params.get("auth");
        String token = auth instanceof String || auth instanceof Number ? auth.toString() : "";
        if (token.isEmpty()) {
            throw new RestError(401, "NO_AUTH_FOUND", "Wrong authorization data");
        }
        return switch (tokens.check(token, now)) {
            case Tokens.Valid valid -> new Caller(valid.grant().userId(), "app:" + valid.grant().clientId(),
                    valid.grant().scopes(), Caller.Kind.OAUTH, valid.grant().clientId());
            case Tokens.Expired expired -> throw new RestError(401, "expired_token", "The access token provided has expired.");
            case Tokens.Unknown unknown -> throw new RestError(401, "invalid_token", "The access token provided is invalid.");
        };
    }

    /** {@code insufficient_scope} as a webhook gets it (§1.1). */
    public RestError insufficientScope() {
        return new RestError(credentialErrorStatus, "insufficient_scope", WEBHOOK_SCOPE_TEXT);
    }

    /**
     * {@code insufficient_scope} for this caller: the webhook text of §1.1 for webhooks, the
     * access-token text of the docs ({@code user-scope.md}) for OAuth.
     */
    public RestError insufficientScope(Caller caller) {
        String text = caller.kind() == Caller.Kind.OAUTH ? TOKEN_SCOPE_TEXT : WEBHOOK_SCOPE_TEXT;
        return new RestError(credentialErrorStatus, "insufficient_scope", text);
    }
}
