package dev.b24kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.contract.RawPortal;

/** The test portal's admin API over plain HTTP, for tests that set conditions the way a non-Java client would. */
final class AdminClient {

    private final URI base;
    private final RawPortal http;

    AdminClient(TestPortalExtension portal) {
        this.base = portal.portal().baseUrl().resolve("_testportal/");
        this.http = new RawPortal(portal.webhookUrl());
    }

    /** GET an endpoint with an already encoded query (or null). */
    RawPortal.Reply get(String endpoint, String query) {
        return http.send(HttpRequest.newBuilder(URI.create(base + endpoint + (query == null ? "" : "?" + query))).GET());
    }

    /** POST name/value pairs as a form. */
    RawPortal.Reply post(String endpoint, String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(encode(namesAndValues[i])).append('=')
                    .append(encode(namesAndValues[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(base.resolve(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** POST and expect 200; answers the JSON body. */
    JsonNode set(String endpoint, String... namesAndValues) {
        RawPortal.Reply reply = post(endpoint, namesAndValues);
        assertThat(reply.status()).as("admin %s answered %s", endpoint, reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
