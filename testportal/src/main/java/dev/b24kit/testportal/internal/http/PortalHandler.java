package dev.b24kit.testportal.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.b24kit.testportal.internal.admin.AdminApi;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.rest.Incoming;
import dev.b24kit.testportal.internal.rest.Reply;

/**
 * The Jetty handler in front of the dispatcher: {@code /rest/…} goes to the REST dispatcher,
 * {@code /_testportal/…} to the admin API, {@code /oauth/…} to the OAuth server, anything else is a
 * plain 404. Bodies are read up to the configured limit plus one byte, so an oversized body is
 * refused without being buffered whole.
 */
public final class PortalHandler extends Handler.Abstract {

    private final Dispatcher dispatcher;
    private final AdminApi admin;
    private final int maxBodyBytes;

    public PortalHandler(Dispatcher dispatcher, AdminApi admin, int maxBodyBytes) {
        this.dispatcher = dispatcher;
        this.admin = admin;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String path = request.getHttpURI().getDecodedPath();
        byte[] body;
        try (InputStream in = Content.Source.asInputStream(request)) {
            body = in.readNBytes(maxBodyBytes + 1);
        }
        Incoming incoming = new Incoming(request.getMethod(), path == null ? "/" : path, request.getHttpURI().getQuery(),
                request.getHeaders().get(HttpHeader.CONTENT_TYPE), body, Request.getRemoteAddr(request),
                request.isSecure());
        Reply reply;
        if (path != null && path.startsWith("/rest/")) {
            reply = dispatcher.handle(incoming);
        } else if (path != null && (path.startsWith("/_testportal/") || path.startsWith("/oauth/"))) {
            reply = admin.handle(incoming);
        } else {
            reply = new Reply(404, Map.of("Content-Type", "text/html; charset=utf-8"),
                    "<html><body><h1>404 Not Found</h1></body></html>");
        }
        if (reply.dropsConnection()) {
            // a fault: the client sees the connection die (no status line, no body)
            request.getConnectionMetaData().getConnection().getEndPoint().close();
            callback.failed(new java.io.IOException("connection dropped by a scheduled fault"));
            return true;
        }
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.write(true, ByteBuffer.wrap(reply.body().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
