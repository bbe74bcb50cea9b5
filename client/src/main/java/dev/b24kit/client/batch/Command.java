package dev.b24kit.client.batch;

import java.util.Objects;

import dev.b24kit.client.Params;

/** One command of a {@link Batch}: its key, method and parameters. Immutable. */
public record Command(String key, String method, Params params) {

    public Command {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
        if (key.isBlank() || key.contains("[") || key.contains("]") || key.contains("$")) {
            throw new IllegalArgumentException("batch key '" + key + "' must be non-blank, without [, ] or $");
        }
        if (method.isBlank() || method.contains("?")) {
            throw new IllegalArgumentException("batch method '" + method + "' must be a method name without '?'");
        }
        method = method.strip().toLowerCase(java.util.Locale.ROOT);
        if (method.equals("batch")) {
            throw new IllegalArgumentException("a batch cannot contain batch (the portal forbids nesting)");
        }
    }

    /** {@code method?query}, as a command is sent. */
    public String encoded() {
        return params.isEmpty() ? method : method + "?" + params.encode();
    }
}
