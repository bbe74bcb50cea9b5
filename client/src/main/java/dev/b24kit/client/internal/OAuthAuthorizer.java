package dev.b24kit.client.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import dev.b24kit.client.AuthenticationFailed;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.OAuthTokens;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.PortalValues;

/**
 * OAuth: the access token goes as {@code auth}; on {@code expired_token} one renewal runs for all
 * callers (a lock, and a check that the token the failed attempt used is still current), through
 * the OAuth server the last token response named ({@code server_endpoint}); the renewed tokens are
 * handed to the {@link dev.b24kit.client.TokenStore} before anyone replays.
 */
public final class OAuthAuthorizer implements Authorizer {

    private record State(OAuthTokens tokens, URI clientEndpoint, URI oauthServer) {
    }

    private final Credentials.OAuth credentials;
    private final Transport transport;
    private final ReentrantLock renewing = new ReentrantLock();
    private volatile State state;

    public OAuthAuthorizer(Credentials.OAuth credentials, Transport transport) {
        this.credentials = credentials;
        this.transport = transport;
        this.state = new State(credentials.tokens(), credentials.clientEndpoint(), credentials.oauthServer());
    }

    @Override
    public URI url(String method) {
        return state.clientEndpoint().resolve(method);
    }

    @Override
    public Signed sign(Params params) {
        String token = state.tokens().accessToken();
        return new Signed(params.without("auth").with("auth", token), token);
    }

    @Override
    public boolean renew(String used) throws InterruptedException {
        renewing.lockInterruptibly();
        try {
            State current = state;
            if (!current.tokens().accessToken().equals(used)) {
                return true; // someone renewed it while this caller waited
            }
            State renewed = exchange(current);
            credentials.store().save(renewed.tokens());
            state = renewed;
            return true;
        } finally {
            renewing.unlock();
        }
    }

    private State exchange(State current) throws InterruptedException {
        URI uri = current.oauthServer().resolve("/oauth/token/?grant_type=refresh_token"
                + "&client_id=" + encode(credentials.clientId()) + "&client_secret=" + encode(credentials.clientSecret())
                + "&refresh_token=" + encode(current.tokens().refreshToken()));
        Transport.Wire wire;
        try {
            wire = transport.get(uri);
        } catch (IOException e) {
            throw new PortalUnavailable("oauth/token", "", "the OAuth server did not answer ("
                    + e.getClass().getSimpleName() + ")", 0, 1, null);
        }
        JsonNode body;
        try {
            body = Decoder.JSON.readTree(wire.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            throw new PortalUnavailable("oauth/token", "", "the OAuth server answered something other than JSON",
                    wire.status(), 1, null);
        }
        if (body.hasNonNull("error") || !body.hasNonNull("access_token")) {
            throw new AuthenticationFailed("oauth/token", Decoder.errorCode(body.get("error")),
                    Decoder.text(body.get("error_description")), wire.status());
        }
        try {
            OAuthTokens tokens = new OAuthTokens(PortalValues.asText(body.get("access_token")),
                    body.hasNonNull("refresh_token") ? PortalValues.asText(body.get("refresh_token"))
                            : current.tokens().refreshToken());
            URI client = body.hasNonNull("client_endpoint") ? URI.create(PortalValues.asText(body.get("client_endpoint")))
                    : current.clientEndpoint();
            URI server = body.hasNonNull("server_endpoint")
                    ? origin(URI.create(PortalValues.asText(body.get("server_endpoint")))) : current.oauthServer();
            return new State(tokens, client, server);
        } catch (RuntimeException e) {
            // a token, refresh token or endpoint of the wrong type, or an endpoint that is not a URI
            throw new PortalUnavailable("oauth/token", "", "the OAuth server answered a malformed token response",
                    wire.status(), 1, null);
        }
    }

    private static URI origin(URI endpoint) {
        return URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + "/");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public List<String> secrets() {
        State current = state;
        return List.of(current.tokens().accessToken(), current.tokens().refreshToken(), credentials.clientSecret());
    }
}
