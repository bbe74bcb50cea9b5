package dev.b24kit.gateway.internal;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * What is left of a refused request's body. Jetty closes a connection whose request body was not read; bytes
 * the sender is still writing then reset it, and the sender never reads the refusal. Reading the rest first
 * (bounded) lets a 401 arrive as a 401.
 */
final class RefusedBody {

    /** A larger body is cut off: the connection closes and the sender may see a reset. */
    static final long LIMIT = 4L * 1024 * 1024;

    private RefusedBody() {
    }

    static void discard(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            long left = LIMIT;
            byte[] sink = new byte[8192];
            int read;
            while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) >= 0) {
                left -= read;
            }
        } catch (IOException e) {
            // the sender went away; the refusal goes nowhere either way
        }
    }
}
