package dev.b24kit.testportal.internal.auth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.testportal.internal.Portal;

/**
 * The OAuth server's token response (§1.6, docs {@code auth-renewal.md}), keys in the docs' order:
 * {@code access_token, client_endpoint, domain, expires, expires_in, member_id, refresh_token, scope,
 * server_endpoint, status, user_id}. The test portal is its own OAuth server: {@code client_endpoint}
 * is {@code <base>/rest/}, {@code server_endpoint} {@code <base>/oauth/rest/}, and {@code domain}
 * (which names the OAuth server's host) is the portal's {@code host:port}. {@code member_id} is a
 * stable 32-hex id derived from the portal's seed.
 */
final class TokenResponse {

    private TokenResponse() {
    }

    static Map<String, Object> of(Portal portal, Tokens.Issued issued, OAuthApp app) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("client_endpoint", portal.baseUrl().resolve("rest/").toString());
        body.put("domain", domain(portal));
        body.put("expires", issued.access().expiresAt().getEpochSecond());
        body.put("expires_in", Tokens.ACCESS_LIFETIME.toSeconds());
        body.put("member_id", memberId(portal));
        body.put("refresh_token", issued.refreshToken());
        body.put("scope", Scopes.joined(issued.access().scopes()));
        body.put("server_endpoint", portal.baseUrl().resolve("oauth/rest/").toString());
        body.put("status", app.status());
        body.put("user_id", issued.access().userId());
        return body;
    }

    /** {@code host:port} of the portal, as {@code domain} and {@code server_domain} carry it. */
    static String domain(Portal portal) {
        URI base = portal.baseUrl();
        return base.getPort() < 0 ? base.getHost() : base.getHost() + ":" + base.getPort();
    }

    /** The portal's {@code member_id}: 32 hex digits, the same for the same seed. */
    static String memberId(Portal portal) {
        return Secrets.digest("b24kit-testportal:" + portal.config().seed()).substring(0, 32);
    }
}
