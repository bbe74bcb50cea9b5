package dev.b24kit.client.internal;

import java.net.URI;

import dev.b24kit.client.Params;

/** Where a method is sent and how a request carries the credentials. Thread-safe. */
public interface Authorizer {

    /** The URL of {@code method}. Contains the webhook secret: never log it. */
    URI url(String method);

    /** {@code params} with the credentials added (OAuth: {@code auth}); the returned token identifies the attempt. */
    Signed sign(Params params);

    /**
     * Renews the access token unless another caller already renewed the one this attempt used
     * ({@code used}); exactly one renewal is in flight. Returns false when these credentials cannot
     * be renewed (a webhook).
     */
    boolean renew(String used) throws InterruptedException;

    /** Text that must never appear in output (the secret, tokens), for redaction. */
    java.util.List<String> secrets();

    /** Parameters as sent and the token that signed them. */
    record Signed(Params params, String token) {
    }
}
