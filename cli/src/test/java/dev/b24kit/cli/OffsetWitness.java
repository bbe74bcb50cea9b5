package dev.b24kit.cli;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.testportal.TestPortal;

/**
 * What the portal itself answers, over plain HTTP and counted offset pages ({@code start=0,50,…}): a
 * witness that shares nothing with the client's keyset listing.
 */
final class OffsetWitness {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OffsetWitness() {
    }

    /** Every ID the list method returns for these parameters ({@code filter[>OPPORTUNITY]} → {@code 1000}…). */
    static List<Long> ids(TestPortal portal, String method, String idField, Map<String, String> params) {
        List<Long> ids = new ArrayList<>();
        for (long start = 0; ; start += 50) {
            JsonNode answer = get(portal, method, params, "select[]=" + idField + "&start=" + start);
            JsonNode result = answer.get("result");
            JsonNode rows = result.isArray() ? result : result.get("items");
            rows.forEach(row -> ids.add(Long.parseLong(row.get(idField).asString())));
            if (!answer.has("next")) {
                return ids;
            }
        }
    }

    /** One GET of {@code method}; fails the test on an error answer. */
    static JsonNode get(TestPortal portal, String method, Map<String, String> params, String rawQuery) {
        String query = params.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String encodedRaw = rawQuery.replace("[", "%5B").replace("]", "%5D");
        URI uri = URI.create(portal.webhookUrl() + method + "?" + query + (query.isEmpty() ? "" : "&") + encodedRaw);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(method + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
