package dev.b24kit.testportal.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.b24kit.testportal.internal.admin.AdminApi;
import dev.b24kit.testportal.internal.auth.OAuthServer;
import dev.b24kit.testportal.internal.php.PhpJson;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.rest.Incoming;
import dev.b24kit.testportal.internal.rest.Reply;
import dev.b24kit.testportal.internal.rest.ResponseHeaders;

/**
 * The Jetty handler in front of the dispatcher: {@code /rest/…} goes to the REST dispatcher,
 * {@code /_testportal/…} to the admin API, {@code /oauth/…} to the OAuth server, anything else is a
 * plain 404. A CORS preflight ({@code OPTIONS /rest/…}) gets the CORS headers of §1.5 and no body.
 * A body whose declared length exceeds the limit is refused with 413 before a byte of it is read;
 * a chunked body is read up to the limit plus one byte and then refused, so an oversized body is
 * never buffered whole; both answers close the connection.
 */
public final class PortalHandler extends Handler.Abstract {

    private final Dispatcher dispatcher;
    private final AdminApi admin;
    private final OAuthServer oauth;
    private final int maxBodyBytes;

    public PortalHandler(Dispatcher dispatcher, AdminApi admin, OAuthServer oauth, int maxBodyBytes) {
        this.dispatcher = dispatcher;
        this.admin = admin;
        this.oauth = oauth;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String decoded = request.getHttpURI().getDecodedPath();
        String path = decoded == null ? "/" : decoded;
        if ("OPTIONS".equals(request.getMethod()) && path.startsWith("/rest/")) {
            return send(ResponseHeaders.preflight(), false, response, callback);
        }
        if (request.getLength() > maxBodyBytes) {
            return send(tooLarge(), true, response, callback);
        }
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        ClientProbe client = new ClientProbe(request.getConnectionMetaData().getConnection().getEndPoint());
        Incoming incoming = new Incoming(request.getMethod(), path, request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE), body, Request.getRemoteAddr(request),
                request.isSecure(), client);
        Reply reply;
        if (path.startsWith("/rest/")) {
            reply = dispatcher.handle(incoming);
        } else if (path.startsWith("/_testportal/") || path.equals("/_testportal")) {
            reply = admin.handle(incoming);
        } else if (path.startsWith("/oauth/")) {
            reply = oauth.handle(incoming);
        } else {
            reply = new Reply(404, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<html><body><h1>404 Not Found</h1></body></html>");
        }
        if (reply.dropsConnection()) {
            // a fault: the client sees the connection die (no status line, no body)
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            // completed, not failed: a failed callback makes Jetty log the request line, webhook secret included
            callback.succeeded();
            return true;
        }
        return send(reply, body.length > maxBodyBytes || client.tookInput(), response, callback);
    }

    private Reply tooLarge() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "INVALID_REQUEST");
        body.put("error_description", "Request body is larger than " + maxBodyBytes + " bytes");
        return new Reply(413, ResponseHeaders.base(), PhpJson.encode(body));
    }

    private static boolean send(Reply reply, boolean close, Response response, Callback callback) {
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        if (close) { // the rest of the body is still on its way: do not try to read past it
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(reply.body().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
