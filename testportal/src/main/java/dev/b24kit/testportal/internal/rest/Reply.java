package dev.b24kit.testportal.internal.rest;

import java.util.Map;

import dev.b24kit.testportal.internal.php.PhpJson;

/**
 * An HTTP response produced by the dispatcher: status, headers and a UTF-8 body. {@link #DROP} asks
 * the HTTP layer to close the connection without answering (a fault).
 */
public record Reply(int status, Map<String, String> headers, String body) {

    /** Close the connection without a response. */
    public static final Reply DROP = new Reply(-1, Map.of(), "");

    /** A JSON reply with the portal's standard headers. */
    public static Reply json(int status, Object body) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8",
                "Access-Control-Allow-Origin", "*", "Access-Control-Allow-Headers", "origin, content-type, accept",
                "X-Content-Type-Options", "nosniff"), PhpJson.encode(body));
    }

    public boolean dropsConnection() {
        return status < 0;
    }
}
