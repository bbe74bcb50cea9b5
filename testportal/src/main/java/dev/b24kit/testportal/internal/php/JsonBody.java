package dev.b24kit.testportal.internal.php;

import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a JSON request body into the PHP array shape (§1.2): objects and lists become PHP arrays,
 * integers {@code Long}, other numbers {@code Double}. As the portal does
 * ({@code CRestUtil::getRequestData}), a body that is not valid JSON, or whose top level is not an
 * object or list, decodes to an empty array instead of an error.
 */
public final class JsonBody {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonBody() {
    }

    public static Map<String, Object> decode(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            return PhpArrays.array();
        }
        Object value = root == null ? null : convert(root, 0);
        return value instanceof Map<?, ?> ? PhpArrays.asArray(value) : PhpArrays.array();
    }

    private static Object convert(JsonNode node, int depth) {
        if (depth > ParamParser.MAX_DEPTH) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> array = PhpArrays.array();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                array.put(entry.getKey(), convert(entry.getValue(), depth + 1));
            }
            return array;
        }
        if (node.isArray()) {
            Map<String, Object> array = PhpArrays.array();
            int index = 0;
            for (JsonNode item : node) {
                array.put(Integer.toString(index++), convert(item, depth + 1));
            }
            return array;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        return node.asString();
    }
}
