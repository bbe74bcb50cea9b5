package dev.b24kit.testportal.internal.auth;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.events.EventBus;

/**
 * The OAuth side of event deliveries to applications (§10.2): a fresh token pair for the user the
 * handler acts as (usable against the portal like any other), the app's {@code status}, and the
 * app's {@code application_token} and the portal's {@code member_id} exactly as installation and the
 * token endpoint hand them out. Thread-safe.
 */
public final class EventTokens implements EventBus.TokenMinter {

    private final Portal portal;

    private EventTokens(Portal portal) {
        this.portal = portal;
    }

    /** Connects the portal's event bus to its OAuth applications and token store. */
    public static void wire(Portal portal) {
        EventBus bus = portal.events();
        bus.tokenMinter(new EventTokens(portal));
        bus.memberId(() -> TokenResponse.memberId(portal));
        bus.subscriptions().applicationTokenSource(clientId -> {
            OAuthApp app = portal.credentials().applications().find(clientId);
            return app == null ? null : app.applicationToken();
        });
    }

    @Override
    public Map<String, Object> tokens(String applicationId, long userId, boolean withRefreshToken) {
        OAuthApp app = portal.credentials().applications().find(applicationId);
        if (app == null) {
            return Map.of();
        }
        Tokens.Issued issued = portal.credentials().tokens().issue(app.clientId(), userId, app.scopes(),
                portal.clock().instant());
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("access_token", issued.accessToken());
        tokens.put("expires", issued.access().expiresAt().getEpochSecond());
        tokens.put("expires_in", Tokens.ACCESS_LIFETIME.toSeconds());
        tokens.put("scope", Scopes.joined(issued.access().scopes()));
        tokens.put("status", app.status());
        tokens.put("user_id", issued.access().userId());
        if (withRefreshToken) {
            tokens.put("refresh_token", issued.refreshToken());
        }
        return tokens;
    }
}
