package dev.b24kit.testportal.internal.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.users.User;

/**
 * The admin endpoints of authentication, under {@code /_testportal/} (documented in
 * {@code docs/testportal.md}):
 * <ul>
 * <li>{@code GET webhooks} lists webhooks without secrets; {@code POST webhooks} ({@code userId},
 * {@code scopes}, optional {@code secret}) creates one and answers its URL (the only answer that
 * holds a secret).</li>
 * <li>{@code GET apps} lists OAuth apps without secrets; {@code POST apps} ({@code clientId},
 * {@code clientSecret}, {@code code}, {@code status}, {@code scopes}, {@code redirectUri}, all
 * optional) registers one and answers its credentials.</li>
 * <li>{@code POST apps/install} ({@code clientId}, {@code userId}, {@code scopes}) answers a token
 * response as if the user had installed the app, plus its {@code application_token}.</li>
 * <li>{@code POST apps/code} answers an authorization code (30 s) with the redirect parameters.</li>
 * <li>{@code POST apps/expire-tokens} ({@code clientId}, optional) makes live access tokens expire.</li>
 * <li>{@code GET|POST auth} reads or sets {@code credentialErrorStatus} (401 source, 403 docs).</li>
 * </ul>
 * Bad values throw {@link IllegalArgumentException} naming the parameter; the admin API answers 400.
 */
public final class AuthAdmin {

    private final Portal portal;

    public AuthAdmin(Portal portal) {
        this.portal = portal;
    }

    /** Serves {@code endpoint} (the path after {@code /_testportal/}), or answers null when it is not ours. */
    public Object handle(String endpoint, String httpMethod, Map<String, Object> params) {
        boolean read = "GET".equalsIgnoreCase(httpMethod);
        return switch (endpoint) {
            case "webhooks" -> read ? webhooks() : createWebhook(params);
            case "apps" -> read ? apps() : registerApp(params);
            case "apps/install" -> install(post(read, endpoint, params));
            case "apps/code" -> code(post(read, endpoint, params));
            case "apps/expire-tokens" -> Map.of("expired", portal.credentials().tokens()
                    .expireAccess(app(post(read, endpoint, params), false), portal.clock().instant()));
            case "auth" -> auth(read, params);
            default -> null;
        };
    }

    private List<Map<String, Object>> webhooks() {
        return portal.credentials().webhooks().stream().map(webhook -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", webhook.id());
            row.put("userId", webhook.userId());
            row.put("scopes", Scopes.sorted(webhook.scopes()));
            return row;
        }).toList();
    }

    private Map<String, Object> createWebhook(Map<String, Object> params) {
        User user = user(params);
        Set<String> scopes = Scopes.parse("scopes", params.get("scopes"), Credentials.ALL_SCOPES);
        Object secret = params.get("secret");
        Webhook webhook = secret == null
                ? portal.credentials().addWebhook(user.id(), scopes)
                : portal.credentials().addWebhook(user.id(), PhpArrays.string(secret), scopes);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", webhook.id());
        row.put("userId", webhook.userId());
        row.put("scopes", Scopes.sorted(webhook.scopes()));
        row.put("url", portal.baseUrl().resolve("rest/" + webhook.userId() + "/" + webhook.secret() + "/").toString());
        return row;
    }

    private List<Map<String, Object>> apps() {
        return portal.credentials().applications().all().stream().map(AuthAdmin::publicView).toList();
    }

    private Map<String, Object> registerApp(Map<String, Object> params) {
        String status = text(params, "status", "L").toUpperCase(Locale.ROOT);
        if (!OAuthApp.STATUSES.contains(status)) {
            throw new IllegalArgumentException("status: '" + status + "' is not one of F, D, T, P, L, S");
        }
        OAuthApp app = portal.credentials().applications().register(text(params, "clientId", null),
                text(params, "clientSecret", null), text(params, "code", null), status,
                Scopes.parse("scopes", params.get("scopes"), Credentials.ALL_SCOPES), text(params, "redirectUri", null));
        Map<String, Object> row = publicView(app);
        row.put("clientSecret", app.clientSecret());
        row.put("applicationToken", app.applicationToken());
        return row;
    }

    private Map<String, Object> install(Map<String, Object> params) {
        OAuthApp app = portal.credentials().applications().find(app(params, true));
        User user = user(params);
        Set<String> scopes = grantable(app, params);
        Tokens.Issued issued = portal.credentials().tokens().issue(app.clientId(), user.id(), scopes, portal.clock().instant());
        Map<String, Object> answer = TokenResponse.of(portal, issued, app);
        answer.put("application_token", app.applicationToken());
        return answer;
    }

    private Map<String, Object> code(Map<String, Object> params) {
        OAuthApp app = portal.credentials().applications().find(app(params, true));
        User user = user(params);
        Set<String> scopes = grantable(app, params);
        String code = portal.credentials().tokens().issueCode(app.clientId(), user.id(), scopes, portal.clock().instant());
        Map<String, Object> answer = OAuthServer.codeParameters(portal, code, text(params, "state", ""), scopes);
        answer.put("expires_in", Tokens.CODE_LIFETIME.toSeconds());
        return answer;
    }

    private Map<String, Object> auth(boolean read, Map<String, Object> params) {
        Object status = params.get("credentialErrorStatus");
        if (!read && status != null) {
            try {
                portal.credentials().credentialErrorStatus(Integer.parseInt(PhpArrays.string(status).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("credentialErrorStatus: '" + status + "' is not 401 or 403");
            }
        }
        return Map.of("credentialErrorStatus", portal.credentials().credentialErrorStatus());
    }

    /** The client id named by {@code clientId}; the default app when absent and {@code defaulted}. */
    private String app(Map<String, Object> params, boolean defaulted) {
        String clientId = text(params, "clientId", defaulted ? Applications.DEFAULT_CLIENT_ID : null);
        if (clientId != null && portal.credentials().applications().find(clientId) == null) {
            throw new IllegalArgumentException("clientId: no app with client id '" + clientId + "'; see GET /_testportal/apps");
        }
        return clientId;
    }

    private User user(Map<String, Object> params) {
        String text = text(params, "userId", Long.toString(portal.config().webhookUserId()));
        User user;
        try {
            user = portal.users().find(Long.parseLong(text));
        } catch (NumberFormatException e) {
            user = null;
        }
        if (user == null) {
            throw new IllegalArgumentException("userId: '" + text + "' is not a user of the test portal (1.."
                    + portal.users().all().size() + ")");
        }
        if (!user.active()) {
            throw new IllegalArgumentException("userId: user " + user.id() + " (" + user.fullName() + ") is inactive");
        }
        return user;
    }

    private static Set<String> grantable(OAuthApp app, Map<String, Object> params) {
        Set<String> scopes = Scopes.parse("scopes", params.get("scopes"), app.scopes());
        if (!app.scopes().containsAll(scopes)) {
            throw new IllegalArgumentException("scopes: app " + app.clientId() + " may only be granted "
                    + Scopes.joined(app.scopes()));
        }
        return scopes;
    }

    private static Map<String, Object> post(boolean read, String endpoint, Map<String, Object> params) {
        if (read) {
            throw new IllegalArgumentException("/_testportal/" + endpoint + " changes state: use POST");
        }
        return params;
    }

    private static Map<String, Object> publicView(OAuthApp app) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", app.id());
        row.put("clientId", app.clientId());
        row.put("code", app.code());
        row.put("status", app.status());
        row.put("scopes", Scopes.sorted(app.scopes()));
        row.put("redirectUri", app.redirectUri());
        return row;
    }

    private static String text(Map<String, Object> params, String name, String fallback) {
        Object value = params.get(name);
        if (value == null || PhpArrays.isArray(value) || PhpArrays.string(value).isBlank()) {
            return fallback;
        }
        return PhpArrays.string(value).trim();
    }
}
