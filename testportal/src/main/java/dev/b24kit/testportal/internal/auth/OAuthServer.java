package dev.b24kit.testportal.internal.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.php.PhpJson;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.rest.Incoming;
import dev.b24kit.testportal.internal.rest.Reply;
import dev.b24kit.testportal.internal.rest.RequestParameters;

/**
 * The test portal's own OAuth server (§1.6), under {@code /oauth/}:
 * <ul>
 * <li>{@code /oauth/token/} (GET query or POST form/JSON): {@code grant_type=authorization_code} with
 * {@code code}, or {@code grant_type=refresh_token} with {@code refresh_token}, both with
 * {@code client_id} and {@code client_secret}. Answers the token response, or
 * {@code {"error","error_description"}}: 400 {@code invalid_request} (missing or unsupported
 * parameter), 401 {@code invalid_client} (unknown client or wrong secret), 400 {@code invalid_grant}
 * (code or refresh token unknown, used, expired, or issued to another app).</li>
 * <li>{@code /oauth/authorize/?client_id=&state=}: the user is taken as logged in (the webhook's user);
 * redirects (302) to the app's redirect URI with {@code code, state, domain, member_id, scope,
 * server_domain}, or shows those as JSON when the app has none.</li>
 * <li>{@code /oauth/rest/{method}}: the {@code server_endpoint}; served like {@code /rest/{method}}.</li>
 * </ul>
 * Token exchanges appear in the call log as method {@code oauth.token} with only {@code grant_type}
 * and {@code client_id} as parameters, so tests can count renewals.
 * Tokens are never logged. Thread-safe.
 */
public final class OAuthServer {

    private final Portal portal;
    private final Dispatcher dispatcher;

    public OAuthServer(Portal portal, Dispatcher dispatcher) {
        this.portal = portal;
        this.dispatcher = dispatcher;
    }

    public Reply handle(Incoming in) {
        String path = in.path();
        if (path.startsWith("/oauth/rest/")) {
            return dispatcher.handle(new Incoming(in.httpMethod(), path.substring("/oauth".length()), in.query(),
                    in.contentType(), in.body(), in.remoteAddress(), in.secure(), in.client()));
        }
        Map<String, Object> params = RequestParameters.of(in);
        String endpoint = path.replaceAll("/+$", "");
        long sequence = endpoint.equals("/oauth/token") ? portal.callLog().nextSequence() : 0;
        java.time.Instant at = portal.clock().instant();
        try {
            return switch (endpoint) {
                case "/oauth/token" -> {
                    Map<String, Object> answer = token(params);
                    logExchange(sequence, at, in, params, 200, null);
                    yield json(200, answer);
                }
                case "/oauth/authorize" -> authorize(params);
                default -> throw new OAuthError(404, "invalid_request", "Unknown OAuth endpoint " + path
                        + "; use /oauth/token/ or /oauth/authorize/");
            };
        } catch (OAuthError error) {
            if (sequence > 0) {
                logExchange(sequence, at, in, params, error.status, error.code);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", error.code);
            body.put("error_description", error.getMessage());
            return json(error.status, body);
        }
    }

    /** A token exchange in the call log: never a code, token or secret. */
    private void logExchange(long sequence, java.time.Instant at, Incoming in, Map<String, Object> params, int status,
                             String error) {
        Map<String, Object> shown = PhpArrays.array();
        shown.put("grant_type", text(params, "grant_type"));
        shown.put("client_id", text(params, "client_id"));
        portal.callLog().add(new dev.b24kit.testportal.internal.rest.CallLog.Entry(sequence, at, in.httpMethod(),
                "oauth.token", shown, "app:" + text(params, "client_id"), status, error, 0, 0, false));
    }

    private Map<String, Object> token(Map<String, Object> params) {
        String grantType = text(params, "grant_type");
        if (!grantType.equals("authorization_code") && !grantType.equals("refresh_token")) {
            throw new OAuthError(400, "invalid_request", grantType.isEmpty()
                    ? "grant_type is missing; use authorization_code or refresh_token"
                    : "grant_type '" + grantType + "' is not supported; use authorization_code or refresh_token");
        }
        OAuthApp app = portal.credentials().applications().authenticate(text(params, "client_id"),
                text(params, "client_secret"));
        if (app == null) {
            throw new OAuthError(401, "invalid_client", "Invalid client_id or client_secret");
        }
        boolean byCode = grantType.equals("authorization_code");
        String presented = text(params, byCode ? "code" : "refresh_token");
        if (presented.isEmpty()) {
            throw new OAuthError(400, "invalid_request", (byCode ? "code" : "refresh_token") + " is missing");
        }
        Tokens tokens = portal.credentials().tokens();
        var now = portal.clock().instant();
        Tokens.Grant grant = byCode ? tokens.redeemCode(presented, app.clientId(), now)
                : tokens.redeemRefresh(presented, app.clientId(), now);
        if (grant == null) {
            throw new OAuthError(400, "invalid_grant", byCode
                    ? "The authorization code is invalid, already used, expired (30 s) or issued to another application"
                    : "The refresh token is invalid, already used, expired or issued to another application");
        }
        return TokenResponse.of(portal, tokens.issue(app.clientId(), grant.userId(), grant.scopes(), now), app);
    }

    private Reply authorize(Map<String, Object> params) {
        OAuthApp app = portal.credentials().applications().find(text(params, "client_id"));
        if (app == null) {
            throw new OAuthError(400, "invalid_client", "Unknown client_id");
        }
        long userId = portal.config().webhookUserId();
        String code = portal.credentials().tokens().issueCode(app.clientId(), userId, app.scopes(), portal.clock().instant());
        Map<String, Object> answer = codeParameters(portal, code, text(params, "state"), app.scopes());
        if (app.redirectUri() == null) {
            return json(200, answer);
        }
        String query = answer.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String location = app.redirectUri() + (app.redirectUri().contains("?") ? "&" : "?") + query;
        return new Reply(302, Map.of("Location", location, "Cache-Control", "no-store"), "");
    }

    /** What the portal appends to the redirect URI after authorization (§1.6). */
    static Map<String, Object> codeParameters(Portal portal, String code, String state, java.util.Set<String> scopes) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("code", code);
        answer.put("state", state);
        answer.put("domain", TokenResponse.domain(portal));
        answer.put("member_id", TokenResponse.memberId(portal));
        answer.put("scope", Scopes.joined(scopes));
        answer.put("server_domain", TokenResponse.domain(portal));
        return answer;
    }

    private static String text(Map<String, Object> params, String name) {
        Object value = params.get(name);
        return PhpArrays.isArray(value) ? "" : PhpArrays.string(value).trim();
    }

    private static Reply json(int status, Object body) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8", "Cache-Control", "no-store"),
                PhpJson.encode(body));
    }

    /** An OAuth error answer; the message never contains a presented secret or token. */
    private static final class OAuthError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String code;

        OAuthError(int status, String code, String description) {
            super(description, null, false, false);
            this.status = status;
            this.code = code;
        }
    }
}
