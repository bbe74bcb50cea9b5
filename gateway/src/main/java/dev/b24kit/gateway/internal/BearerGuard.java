package dev.b24kit.gateway.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.b24kit.gateway.GatewayToken;

/**
 * Lets a request through to the wrapped handler only with {@code Authorization: Bearer <token>}; anything else
 * is 401 with {@code WWW-Authenticate: Bearer} and one plain line that says nothing about the token. The token
 * is compared by its SHA-256 in constant time.
 */
public final class BearerGuard extends Handler.Wrapper {

    private final GatewayToken token;

    public BearerGuard(GatewayToken token, Handler handler) {
        super(handler);
        this.token = token;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : "";
        if (!presented.isEmpty() && MessageDigest.isEqual(token.sha256(), GatewayToken.sha256(presented))) {
            return super.handle(request, response, callback);
        }
        RefusedBody.discard(request);
        response.setStatus(401);
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"b24kit-gateway\"");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.write(true, ByteBuffer.wrap("unauthorized: send Authorization: Bearer <the gateway's token>\n"
                .getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
