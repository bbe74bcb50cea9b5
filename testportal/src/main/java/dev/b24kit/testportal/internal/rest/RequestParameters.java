package dev.b24kit.testportal.internal.rest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.testportal.internal.php.JsonBody;
import dev.b24kit.testportal.internal.php.MultipartForm;
import dev.b24kit.testportal.internal.php.ParamParser;

/**
 * A request's parameters as {@code CRestUtil::getRequestData} builds them (§1.2): the query string
 * (PHP {@code parse_str}), then, for POST only, the body, whose keys replace same-named query keys
 * (a shallow {@code array_replace}). The body is read by its media type: {@code application/json}
 * through {@link JsonBody} (a body PHP cannot decode counts as {@code {}}), {@code multipart/form-data}
 * through {@link MultipartForm}, anything else (form encoding, no type, {@code text/plain}) through
 * {@code parse_str}. Other verbs (GET, PUT, DELETE, ...) use the query string only, as PHP reads no
 * body for them. Stateless.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static Map<String, Object> of(Incoming in) {
        Map<String, Object> params = ParamParser.parse(in.query());
        if (!"POST".equalsIgnoreCase(in.httpMethod()) || in.body().length == 0) {
            return params;
        }
        Map<String, Object> fromBody = switch (mediaType(in.contentType())) {
            case "application/json" -> JsonBody.decode(in.body());
            case "multipart/form-data" -> MultipartForm.parse(in.body(), in.contentType());
            default -> ParamParser.parse(new String(in.body(), StandardCharsets.UTF_8));
        };
        params.putAll(fromBody);
        return params;
    }

    /** The Content-Type before any {@code ;}, trimmed and lower-cased; empty when absent. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
