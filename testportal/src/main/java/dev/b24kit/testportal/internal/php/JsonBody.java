package dev.b24kit.testportal.internal.php;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes a JSON request body into the PHP array shape (§1.2): objects and lists become PHP arrays,
 * integers {@code Long} (beyond 64 bits {@code Double}, as PHP turns them into floats), other numbers
 * {@code Double}. As the portal does ({@code CRestUtil::getRequestData}), a body that
 * {@code json_decode} would refuse decodes to an empty array instead of an error, and the method's
 * own validation then answers. Refused are: invalid JSON, trailing garbage, a byte-order mark,
 * invalid UTF-8, an unpaired UTF-16 surrogate escape ({@code "\ud800"}), nesting deeper than
 * {@link #MAX_DEPTH} (PHP's default {@code json_decode} depth), and a top level that is a scalar.
 * A top-level list is a PHP list ({@code [1,2]} is {@code {"0":1,"1":2}}). Duplicate keys: the last
 * value wins, in the first key's position. Stateless and thread-safe.
 */
public final class JsonBody {

    /** PHP's default {@code json_decode} depth: arrays and objects nested deeper fail the decode. */
    public static final int MAX_DEPTH = 512;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 8).build())
            .build()).build();

    private JsonBody() {
    }

    /** Decodes raw body bytes, which must be valid UTF-8. */
    public static Map<String, Object> decode(byte[] body) {
        try {
            CharBuffer text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return decode(text.toString());
        } catch (CharacterCodingException e) {
            return PhpArrays.array();
        }
    }

    public static Map<String, Object> decode(String body) {
        if (body.startsWith("\uFEFF")) {
            return PhpArrays.array();
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            Object value = root == null ? null : convert(root, 0);
            return value instanceof Map<?, ?> ? PhpArrays.asArray(value) : PhpArrays.array();
        } catch (JacksonException | Refused e) {
            return PhpArrays.array();
        }
    }

    /**
     * Decodes a body that must be a JSON object, for callers that answer a malformed body with an
     * error where the portal treats it as empty (the admin API).
     *
     * @throws IllegalArgumentException saying what is wrong with the body
     */
    public static Map<String, Object> decodeObject(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object, such as {\"name\":\"value\"}");
        }
        try {
            return PhpArrays.asArray(convert(root, 0));
        } catch (Refused e) {
            throw new IllegalArgumentException("the body is JSON that PHP refuses (nested deeper than " + MAX_DEPTH
                    + " or an unpaired surrogate)");
        }
    }

    /** Raised inside the conversion when PHP's decoder would have failed. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    private static Object convert(JsonNode node, int depth) {
        if (node.isObject() || node.isArray()) {
            if (depth + 1 > MAX_DEPTH) {
                throw new Refused();
            }
            Map<String, Object> array = PhpArrays.array();
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> entry : node.properties()) {
                    array.put(checked(entry.getKey()), convert(entry.getValue(), depth + 1));
                }
            } else {
                int index = 0;
                for (JsonNode item : node) {
                    array.put(Integer.toString(index++), convert(item, depth + 1));
                }
            }
            return array;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : (Object) node.doubleValue();
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
        return checked(node.asString());
    }

    /** PHP refuses an unpaired surrogate ({@code JSON_ERROR_UTF16}); Jackson would keep it. */
    private static String checked(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Refused();
            }
        }
        return text;
    }
}
