package dev.b24kit.testportal.internal.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Bitrix24 error response (§3): {@code {"error": code, "error_description": description}} with an
 * HTTP status. {@code code} is usually a string but may be {@code ""} (legacy CRM) or a number (D7).
 * Thrown by method handlers and by the pipeline; rendered by the dispatcher, or placed into
 * {@code result_error} inside a batch.
 */
public final class RestError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Object code;
    private final String description;
    private final transient Map<String, Object> extra;

    public RestError(int status, Object code, String description) {
        this(status, code, description, Map.of());
    }

    public RestError(int status, Object code, String description, Map<String, Object> extra) {
        super(code + ": " + description, null, false, false);
        this.status = status;
        this.code = code;
        this.description = description;
        this.extra = Map.copyOf(extra);
    }

    /** A legacy CRM error: {@code error} is the empty string, status 400 (§3.2). */
    public static RestError legacy(String description) {
        return new RestError(400, "", description);
    }

    /** A method-level error with the default status 400. */
    public static RestError of(String code, String description) {
        return new RestError(400, code, description);
    }

    public static RestError methodNotFound() {
        return new RestError(404, "ERROR_METHOD_NOT_FOUND", "Method not found!");
    }

    public int status() {
        return status;
    }

    public Object code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The error body as a PHP array: {@code error}, {@code error_description}, then any extra keys. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("error_description", description);
        body.putAll(extra);
        return body;
    }
}
