package dev.b24kit.gateway.page.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** One request and its answer: reading forms, queries and the session cookie; answering pages and redirects. */
public record Exchange(Request request, Response response, Callback callback) {

    /** The session cookie's name. */
    public static final String COOKIE = "b24kit_session";
    private static final int MAX_FORM = 64 * 1024;

    public String path() {
        return request.getHttpURI().getPath();
    }

    public String method() {
        return request.getMethod();
    }

    /** A query parameter; {@code null} when absent. */
    public String query(String name) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        return fields.getValue(name);
    }

    /** The session cookie's value; {@code null} when absent. */
    public String sessionCookie() {
        List<HttpCookie> cookies = Request.getCookies(request);
        return cookies.stream().filter(c -> c.getName().equals(COOKIE)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * The urlencoded form body (first value of each name).
     *
     * @throws IllegalArgumentException a body over 64 KiB or not a form
     */
    public Map<String, String> form() throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new IllegalArgumentException("the body must be a form (application/x-www-form-urlencoded)");
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(MAX_FORM + 1);
        }
        if (body.length > MAX_FORM) {
            throw new IllegalArgumentException("the form is over " + MAX_FORM + " bytes");
        }
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(name, value);
        }
        return form;
    }

    /** Answers an HTML page with the pages' security headers. */
    public boolean page(int status, String html) {
        headers();
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        response.write(true, ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    /** Answers 303 See Other to {@code location} (a path of ours). */
    public boolean redirect(String location) {
        headers();
        response.setStatus(303);
        response.getHeaders().put(HttpHeader.LOCATION, location);
        response.write(true, null, callback);
        return true;
    }

    /** Sets the session cookie: HttpOnly, SameSite=Strict, Secure when the request came over TLS; {@code null} clears it. */
    public void cookie(String sessionId) {
        String value = COOKIE + "=" + (sessionId == null ? "" : sessionId) + "; Path=/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : "") + (sessionId == null ? "; Max-Age=0" : "");
        response.getHeaders().add(HttpHeader.SET_COOKIE, value);
    }

    private void headers() {
        var headers = response.getHeaders();
        headers.put("Content-Security-Policy", Html.CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }
}
