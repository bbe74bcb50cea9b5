package dev.b24kit.testportal.internal.rest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The response headers of §1.5 ({@code CRestUtil::sendHeaders}, {@code CRestServer::sendHeadersAdditional}):
 * JSON content type, CORS ({@code Access-Control-Allow-Origin: *},
 * {@code Access-Control-Allow-Headers: origin, content-type, accept}), {@code nosniff}, and on every
 * REST answer the cloud's timing headers with ten decimals. {@code X-Bitrix-Rest-Time} and
 * {@code X-Bitrix-Rest-User-Time} carry the call's modelled processing time (0 for refused calls);
 * {@code X-Bitrix-Rest-System-Time} is always 0, as the emulator has no separate kernel time.
 * {@code X-Bitrix-Rest-Application} names the client id of OAuth calls.
 */
public final class ResponseHeaders {

    private ResponseHeaders() {
    }

    /** The headers every REST and CORS answer carries. */
    public static Map<String, String> base() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Allow-Headers", "origin, content-type, accept");
        headers.put("X-Content-Type-Options", "nosniff");
        return headers;
    }

    /** The answer to a CORS preflight ({@code OPTIONS}): 200, the CORS headers, no body. */
    public static Reply preflight() {
        Map<String, String> headers = base();
        headers.remove("Content-Type");
        return new Reply(200, headers, "");
    }

    /** {@code reply} with the timing headers and, for OAuth calls, the application header added. */
    static Reply rest(Reply reply, String applicationId, double seconds) {
        Map<String, String> headers = new LinkedHashMap<>(reply.headers());
        if (applicationId != null) {
            headers.put("X-Bitrix-Rest-Application", applicationId);
        }
        String time = String.format(Locale.ROOT, "%.10f", seconds);
        headers.put("X-Bitrix-Rest-Time", time);
        headers.put("X-Bitrix-Rest-User-Time", time);
        headers.put("X-Bitrix-Rest-System-Time", String.format(Locale.ROOT, "%.10f", 0.0));
        return new Reply(reply.status(), headers, reply.body());
    }
}
