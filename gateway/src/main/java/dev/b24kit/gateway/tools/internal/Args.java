package dev.b24kit.gateway.tools.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reading a tool's arguments object; anything missing or malformed is {@link Refused}, naming the argument. */
public final class Args {

    private final String tool;
    private final JsonNode args;

    public Args(String tool, JsonNode args) {
        this.tool = tool;
        this.args = args == null || args.isNull() || args.isMissingNode() ? Json.MAPPER.createObjectNode() : args;
        if (!this.args.isObject()) {
            throw new Refused(tool + ": the arguments must be a JSON object");
        }
    }

    public String text(String name) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull() || value.asString("").isBlank()) {
            throw new Refused(tool + ": '" + name + "' is required", name, null, List.of());
        }
        if (!value.isValueNode()) {
            throw new Refused(tool + ": '" + name + "' must be text", name, value.toString(), List.of());
        }
        return value.asString().strip();
    }

    public String optionalText(String name) {
        JsonNode value = args.get(name);
        return value == null || value.isNull() || value.asString("").isBlank() ? null : text(name);
    }

    public long id(String name) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            throw new Refused(tool + ": '" + name + "' is required (a record ID)", name, null, List.of());
        }
        try {
            long id = value.isNumber() ? value.asLong() : Long.parseLong(value.asString().strip());
            if (id > 0 && (!value.isNumber() || value.canConvertToExactIntegral())) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused(tool + ": '" + name + "' must be a positive record ID, not " + value, name, value.toString(), List.of());
    }

    public int limit(String name, int fallback, int max) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || value.asInt() < 1) {
            throw new Refused(tool + ": '" + name + "' must be a whole number from 1 to " + max, name, value.toString(), List.of());
        }
        return Math.min(value.asInt(), max);
    }

    /** An object of name → value; {@code required}: absent or empty is refused. */
    public Map<String, Object> object(String name, boolean required) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new Refused(tool + ": '" + name + "' is required: an object of field label or code → value", name, null, List.of());
            }
            return Map.of();
        }
        if (!value.isObject()) {
            throw new Refused(tool + ": '" + name + "' must be an object of field label or code → value", name, value.toString(), List.of());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        value.properties().forEach(e -> fields.put(e.getKey(), Json.plain(e.getValue())));
        if (required && fields.isEmpty()) {
            throw new Refused(tool + ": '" + name + "' must name at least one field", name, "{}", List.of());
        }
        return fields;
    }

    public List<String> texts(String name) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isString()) {
            return List.of(value.asString());
        }
        if (!value.isArray()) {
            throw new Refused(tool + ": '" + name + "' must be a list of field labels or codes", name, value.toString(), List.of());
        }
        return value.valueStream().map(v -> v.asString("")).filter(s -> !s.isBlank()).toList();
    }
}
