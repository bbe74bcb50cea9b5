package dev.b24kit.eval.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The test portal's admin API ({@code /_testportal/}, a path no Bitrix24 portal serves), reached over HTTP
 * like any client would: the eval knows a test portal by {@code GET /_testportal/state} answering a JSON
 * object with a {@code plan}. Only there does it inject faults (probe 7) and point outgoing webhooks at its
 * own intake (probe 8). Thread-safe.
 */
final class PortalAdmin {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http;

    private PortalAdmin(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** The admin API of the portal at {@code origin} ({@code http://host:port}), when it is a test portal. */
    static Optional<PortalAdmin> detect(String origin) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        PortalAdmin admin = new PortalAdmin(URI.create(origin.replaceAll("/+$", "") + "/_testportal/"), http);
        try {
            JsonNode state = admin.send(HttpRequest.newBuilder(admin.base.resolve("state")).GET());
            return state.isObject() && state.has("plan") ? Optional.of(admin) : Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** {@code GET /_testportal/state}: plan, bucket level, calls, pending events, faults. */
    JsonNode state() {
        return get("state");
    }

    JsonNode get(String endpoint) {
        return send(HttpRequest.newBuilder(base.resolve(endpoint)).GET());
    }

    /** POSTs {@code form} to {@code endpoint} and answers the JSON. @throws IllegalStateException for a non-200 */
    JsonNode post(String endpoint, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Schedules a fault rule ({@code drop-after-commit@batch,count=1}); answers its id. */
    long addFault(String rule) {
        return post("faults", Map.of("rule", rule)).get("id").asLong();
    }

    void removeFault(long id) {
        post("faults", Map.of("remove", Long.toString(id)));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the test portal's admin API answered " + answer.statusCode() + ": "
                        + answer.body().lines().findFirst().orElse(""));
            }
            return JSON.readTree(answer.body());
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException("the test portal's admin API did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the test portal's admin API", e);
        }
    }
}
