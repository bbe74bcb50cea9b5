package dev.b24kit.client;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

/**
 * Reads Bitrix24's PHP-isms out of JSON trees: numbers sent as strings ({@code "ID":"410"}),
 * {@code "Y"}/{@code "N"} booleans, and {@code []} where an empty object is meant. Stateless.
 */
public final class PortalValues {

    private PortalValues() {
    }

    /**
     * A whole number from a number or a numeric string ({@code 5}, {@code "5"}, {@code "5.00"});
     * empty for null, missing, blank or non-numeric values.
     */
    public static OptionalLong asLong(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return OptionalLong.empty();
        }
        if (value.isIntegralNumber()) {
            return OptionalLong.of(value.longValue());
        }
        if (value.isNumber()) {
            return OptionalLong.of((long) value.doubleValue());
        }
        if (value.isString()) {
            String text = value.stringValue().trim();
            try {
                return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(new BigDecimal(text).longValue());
            } catch (NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return OptionalLong.empty();
    }

    /** A number from a number or numeric string; 0 for anything else. */
    public static double asDouble(JsonNode value) {
        if (value == null) {
            return 0;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isString()) {
            try {
                return Double.parseDouble(value.stringValue().trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * A Bitrix24 flag: {@code "Y"}, {@code "1"}, {@code 1}, {@code true} are true; {@code "N"},
     * {@code "0"}, {@code 0}, {@code false}, {@code ""} are false; anything else (or missing) is empty.
     */
    public static Optional<Boolean> asFlag(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        if (value.isNumber()) {
            return Optional.of(value.doubleValue() != 0);
        }
        return switch (value.asString().trim().toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "1", "TRUE" -> Optional.of(true);
            case "N", "0", "FALSE", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** Text of a scalar ({@code "410"} for {@code 410} or {@code "410"}); null for null, missing or containers. */
    public static String asText(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() || value.isContainer() ? null : value.asString();
    }

    /**
     * The members of an object-like value: a JSON object, or a JSON array read as PHP reads it
     * (indexes as keys, so {@code []} is the empty map). Empty for scalars and null.
     */
    public static Map<String, JsonNode> members(JsonNode value) {
        Map<String, JsonNode> members = new java.util.LinkedHashMap<>();
        if (value != null && value.isObject()) {
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                members.put(member.getKey(), member.getValue());
            }
        } else if (value != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                members.put(Integer.toString(i), value.get(i));
            }
        }
        return members;
    }
}
