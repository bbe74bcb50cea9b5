package dev.b24kit.cli;

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
 * The embedded test portal's default application, installed for its administrator through the portal's
 * admin API ({@code POST /_testportal/apps/install}): the OAuth credentials {@code sync --offline} reads the
 * offline event queue with. Renewed tokens are not kept: the embedded portal lives as long as the command.
 */
final class EmbeddedApp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmbeddedApp() {
    }

    /** Installs the default app for user 1 (the administrator); throws {@link IllegalStateException} when refused. */
    static Credentials.OAuth install(TestPortal portal) {
        URI endpoint = portal.baseUrl().resolve("_testportal/apps/install");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("clientId=" + TestPortal.DEFAULT_CLIENT_ID + "&userId=1"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the embedded test portal refused to install its default application ("
                        + response.statusCode() + ")");
            }
            JsonNode installed = JSON.readTree(response.body());
            return Credentials.oauth(URI.create(installed.get("client_endpoint").asString()), portal.baseUrl(),
                    TestPortal.DEFAULT_CLIENT_ID, TestPortal.DEFAULT_CLIENT_SECRET,
                    new OAuthTokens(installed.get("access_token").asString(), installed.get("refresh_token").asString()),
                    tokens -> { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the embedded test portal's application: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the embedded test portal's application", e);
        }
    }
}
