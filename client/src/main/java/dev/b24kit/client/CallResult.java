package dev.b24kit.client;

import java.util.Objects;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

/**
 * A successful answer: the {@code result} member as a JSON tree, with {@code total} and {@code next}
 * when the portal sent them (list methods) and the {@code time} block. Immutable.
 *
 * @param method the method that was called, lower-case
 * @param result the {@code result} member; never null (JSON null when the portal sent null)
 * @param total  {@code total}, when present
 * @param next   {@code next}, when present (offset of the next page)
 * @param timing the {@code time} block; {@link Timing#NONE} when absent
 */
public record CallResult(String method, JsonNode result, OptionalLong total, OptionalLong next, Timing timing) {

    public CallResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(timing, "timing");
    }
}
