package dev.b24kit.testing.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deliberately plain HTTP client for contract tests: it sends exactly the bytes a test gives it and
 * returns status, headers and the parsed body, so tests assert on the wire protocol and nothing
 * else. Thread-safe.
 */
public final class RawPortal {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI webhook;

    public RawPortal(URI webhook) {
        this.webhook = webhook;
    }

    /** A response: status, headers, raw body and the body parsed as JSON (null if it is not JSON). */
    public record Reply(int status, Map<String, java.util.List<String>> headers, String body, JsonNode json) {

        public JsonNode result() {
            return json.get("result");
        }

        public String error() {
            JsonNode error = json == null ? null : json.get("error");
            return error == null ? null : error.asString();
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** GET {@code webhook + method + "?" + query}; the query is sent as given (already encoded). */
    public Reply get(String method, String query) {
        return send(HttpRequest.newBuilder(uri(method, query)).GET());
    }

    /** POST a form body ({@code application/x-www-form-urlencoded}), sent as given. */
    public Reply postForm(String method, String form) {
        return send(HttpRequest.newBuilder(uri(method, null))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    /** POST a JSON body, sent as given. */
    public Reply postJson(String method, String json) {
        return postJson(method, null, json);
    }

    /** POST a JSON body with a query string beside it. */
    public Reply postJson(String method, String query, String json) {
        return send(HttpRequest.newBuilder(uri(method, query))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Any request against an absolute URI (admin API, OAuth endpoints, odd paths). */
    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().map(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI webhook() {
        return webhook;
    }

    private URI uri(String method, String query) {
        return URI.create(webhook + method + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
