package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Shared plumbing of the CRM contract suites: JSON calls built from maps, unique markers so a suite
 * finds its own records on a portal that already holds data, and the admin API for strict mode.
 */
public abstract class CrmContractSupport {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    /** A marker unique to this run, for titles and names. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An insertion-ordered map from alternating keys and values. */
    protected static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** POSTs {@code params} as a JSON body. */
    protected RawPortal.Reply call(String method, Map<String, Object> params) {
        return portal().postJson(method, JSON.writeValueAsString(params));
    }

    /** POSTs and asserts success (200, a {@code result}); returns the result. */
    protected JsonNode ok(String method, Map<String, Object> params) {
        RawPortal.Reply reply = call(method, params);
        assertThat(reply.status()).as("%s answered %s", method, reply.body()).isEqualTo(200);
        assertThat(reply.json().has("result")).isTrue();
        return reply.result();
    }

    /** Asserts a legacy error: HTTP 400, {@code error: ""} and the description. */
    protected static void assertLegacyError(RawPortal.Reply reply, String description) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.error()).isEmpty();
        assertThat(reply.json().get("error_description").asString()).isEqualTo(description);
        assertThat(reply.json().has("time")).isFalse();
    }

    /** Adds a record of a legacy entity and returns its ID. */
    protected long add(String entity, Map<String, Object> fields) {
        JsonNode result = ok("crm." + entity + ".add", map("fields", fields));
        assertThat(result.isIntegralNumber()).as("add answers an integer ID, got %s", result).isTrue();
        return result.asLong();
    }

    protected JsonNode get(String entity, long id) {
        return ok("crm." + entity + ".get", map("id", id));
    }

    /** Whether the target offers the admin API (a test portal); admin-only tests skip otherwise. */
    protected boolean hasAdmin() {
        return target().adminUrl().isPresent();
    }

    /** POSTs a form to an admin endpoint and asserts 200. */
    protected JsonNode admin(String endpoint, String form) {
        URI uri = target().adminUrl().orElseThrow().resolve(endpoint);
        RawPortal.Reply reply = portal().send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
