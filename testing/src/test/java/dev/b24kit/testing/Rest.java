package dev.b24kit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.testing.contract.RawPortal;

/** REST calls with JSON bodies over plain HTTP, built from nested maps. */
final class Rest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final RawPortal raw;

    Rest(URI webhook) {
        this.raw = new RawPortal(webhook);
    }

    /** A JSON object from name/value pairs, in order. */
    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    RawPortal.Reply call(String method, Map<String, Object> params) {
        return raw.postJson(method, json(params));
    }

    /** Calls and expects success; answers {@code result}. */
    JsonNode result(String method, Map<String, Object> params) {
        RawPortal.Reply reply = call(method, params);
        assertThat(reply.status()).as("%s answered %s", method, reply.body()).isEqualTo(200);
        return reply.result();
    }

    /** {@code crm.<entity>.add} with a title (or NAME for contacts); answers the new ID. */
    long add(String entity, String title) {
        String field = entity.equals("contact") ? "NAME" : "TITLE";
        return result("crm." + entity + ".add", map("fields", map(field, title))).asLong();
    }

    void update(String entity, long id, String title) {
        String field = entity.equals("contact") ? "NAME" : "TITLE";
        result("crm." + entity + ".update", map("id", id, "fields", map(field, title)));
    }

    void delete(String entity, long id) {
        result("crm." + entity + ".delete", map("id", id));
    }

    RawPortal raw() {
        return raw;
    }
}
