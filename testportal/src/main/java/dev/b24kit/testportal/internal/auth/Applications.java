package dev.b24kit.testportal.internal.auth;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OAuth applications installed on the portal (§1.6). One local app exists from the start with
 * documented credentials ({@link #DEFAULT_CLIENT_ID}, {@link #DEFAULT_CLIENT_SECRET}), so tests and
 * the CLI can run the OAuth flow without registering anything. Thread-safe.
 */
public final class Applications {

    /** Client id of the app every test portal starts with. */
    public static final String DEFAULT_CLIENT_ID = "local.b24kit00000001.00000001";
    /** Client secret of the app every test portal starts with (a fixed, public test value). */
    public static final String DEFAULT_CLIENT_SECRET = "b24kitTestPortalDefaultClientSecret000000000000000";

    private final Map<String, OAuthApp> apps = new LinkedHashMap<>();

    public Applications() {
        apps.put(DEFAULT_CLIENT_ID, new OAuthApp(1, DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, "b24kit.testportal", 1, "L",
                Credentials.ALL_SCOPES, null, Secrets.hex(32)));
    }

    /**
     * Registers an app. A null {@code clientId} or {@code clientSecret} is generated.
     *
     * @throws IllegalArgumentException when the client id is taken or malformed
     */
    public synchronized OAuthApp register(String clientId, String clientSecret, String code, String status,
                                          Set<String> scopes, String redirectUri) {
        String id = clientId != null ? clientId : "local." + Secrets.hex(14) + "." + Secrets.digits(8);
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new IllegalArgumentException("clientId: '" + id + "' must be 1-100 letters, digits, '.', '_' or '-'");
        }
        if (apps.containsKey(id)) {
            throw new IllegalArgumentException("clientId: an app with client id '" + id + "' already exists");
        }
        String secret = clientSecret != null ? clientSecret : Secrets.clientSecret();
        if (!secret.matches("[A-Za-z0-9]{16,100}")) {
            throw new IllegalArgumentException("clientSecret: must be 16-100 letters or digits");
        }
        OAuthApp app = new OAuthApp(apps.size() + 1L, id, secret, code == null ? id : code, 1, status, scopes,
                redirectUri, Secrets.hex(32));
        apps.put(id, app);
        return app;
    }

    /** The app with this client id, or null. */
    public synchronized OAuthApp find(String clientId) {
        return clientId == null ? null : apps.get(clientId);
    }

    /** The app when {@code clientSecret} is its secret (compared in constant time), else null. */
    public OAuthApp authenticate(String clientId, String clientSecret) {
        OAuthApp app = find(clientId);
        if (app == null || clientSecret == null) {
            return null;
        }
        return Secrets.same(clientSecret, app.clientSecret()) ? app : null;
    }

    public synchronized List<OAuthApp> all() {
        return new ArrayList<>(apps.values());
    }
}
