package dev.b24kit.gateway.tools.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The tools' one JSON mapper, and JSON → plain Java values for the field catalog. */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Text, a number, a boolean, a list or a map, as the catalog takes values; JSON null is null. */
    public static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(v -> list.add(plain(v)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        value.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
        return map;
    }

    /** Parses JSON text the store holds; text that is not JSON is kept as a string. */
    public static JsonNode parse(String text) {
        if (text == null) {
            return MAPPER.nullNode();
        }
        try {
            return MAPPER.readTree(text);
        } catch (RuntimeException e) {
            return MAPPER.getNodeFactory().stringNode(text);
        }
    }
}
