package dev.b24kit.testing.contract;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Assumptions;

/**
 * Calls to a test portal's admin API ({@code /_testportal/}) for contract tests that set up
 * conditions; such tests call {@link #require()} first and are skipped against a live portal.
 */
final class AdminCalls {

    private final ContractTarget target;
    private final RawPortal raw;

    AdminCalls(ContractTarget target) {
        this.target = target;
        this.raw = new RawPortal(target.webhookUrl());
    }

    /** Skips the calling test unless the target offers the admin API. */
    AdminCalls require() {
        Assumptions.assumeTrue(target.adminUrl().isPresent(), "needs the test portal's admin API");
        return this;
    }

    RawPortal.Reply get(String endpoint) {
        return raw.send(HttpRequest.newBuilder(url(endpoint)).GET());
    }

    /** POST a form ({@code a=1&b=2}) to an admin endpoint. */
    RawPortal.Reply post(String endpoint, String form) {
        return raw.send(HttpRequest.newBuilder(url(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    private URI url(String endpoint) {
        return target.adminUrl().orElseThrow().resolve(endpoint);
    }

    /** {@code http://HOST:PORT/} of the portal, from its webhook URL. */
    static URI base(ContractTarget target) {
        return target.webhookUrl().resolve("/");
    }
}
