package dev.b24kit.testing.contract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON-bodied calls for contract tests of the D7 methods ({@code crm.item.*}, {@code crm.type.*},
 * {@code crm.category.*}), whose examples in the docs are all JSON: parameters are built as ordered maps
 * ({@link #map}) and posted with {@code Content-Type: application/json}. Stateless and thread-safe.
 */
public final class JsonCall {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonCall() {
    }

    /** An ordered map from alternating keys and values: {@code map("entityTypeId", 2, "id", 5)}. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A JSON list. */
    public static List<Object> list(Object... values) {
        return List.of(values);
    }

    /** POSTs {@code params} as a JSON body. */
    public static RawPortal.Reply post(RawPortal portal, String method, Map<String, Object> params) {
        return portal.postJson(method, JSON.writeValueAsString(params));
    }
}
