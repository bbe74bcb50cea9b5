package dev.b24kit.gateway.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A GET endpoint answering a status and a body made per request ({@code /health}, {@code /metrics}). */
public final class TextEndpoint extends Handler.Abstract {

    /** What to answer. */
    public record Answer(int status, String contentType, String body) {
    }

    private final Supplier<Answer> answer;

    public TextEndpoint(Supplier<Answer> answer) {
        this.answer = answer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Answer a = request.getMethod().equals("GET") || request.getMethod().equals("HEAD") ? answer.get()
                : new Answer(405, "text/plain; charset=utf-8", "use GET\n");
        response.setStatus(a.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, a.contentType());
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(a.body().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
