package dev.b24kit.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.client.Credentials;
import dev.b24kit.client.OAuthTokens;
import dev.b24kit.testportal.TestPortal;

/**
 * Installs the test portal's default application for a user (through {@code POST /_testportal/apps/install})
 * and answers the OAuth credentials a client of that application needs: what a real application's backend
 * holds after its installation. Renewed tokens are not kept (each install gives fresh ones). Thread-safe.
 */
public final class TestApps {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestApps() {
    }

    /** The default app installed for {@code userId} (1 is the administrator); throws when the portal refuses. */
    public static Credentials.OAuth install(TestPortal portal, long userId) {
        JsonNode installed = post(portal, "apps/install", "clientId=" + TestPortal.DEFAULT_CLIENT_ID + "&userId=" + userId);
        return Credentials.oauth(URI.create(installed.get("client_endpoint").asString()), portal.baseUrl(),
                TestPortal.DEFAULT_CLIENT_ID, TestPortal.DEFAULT_CLIENT_SECRET,
                new OAuthTokens(installed.get("access_token").asString(), installed.get("refresh_token").asString()),
                tokens -> { });
    }

    private static JsonNode post(TestPortal portal, String endpoint, String form) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(portal.baseUrl().resolve("_testportal/" + endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /_testportal/" + endpoint + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the test app", e);
        }
    }
}
