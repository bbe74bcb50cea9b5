package dev.b24kit.testportal.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.util.BufferUtil;

import dev.b24kit.testportal.internal.rest.ClientConnection;

/**
 * Tells whether the client closed its connection while its request was served. Jetty does not read
 * an HTTP/1.1 connection while a request is being handled, and writing into a connection the client
 * has closed usually succeeds at the socket, so a client that gave up waiting would go unnoticed. So
 * just before the answer, one non-blocking read: the end of the stream means the client closed.
 *
 * <p>Only asked once the whole request body has been read (the dispatcher asks after the body-size
 * check). A client that pipelines its next request would lose the bytes this read takes, so the
 * answer then closes the connection ({@link #tookInput()}) and the client sends that request again
 * on a new one (RFC 9112 §9.3.2). A client that only half-closes its side after sending counts as
 * closed. Thread-safe.
 */
final class ClientProbe implements ClientConnection {

    private final EndPoint endPoint;
    private volatile boolean tookInput;

    ClientProbe(EndPoint endPoint) {
        this.endPoint = endPoint;
    }

    @Override
    public boolean closedByClient() {
        if (!endPoint.isOpen() || endPoint.isInputShutdown()) {
            return true;
        }
        try {
            int read = endPoint.fill(BufferUtil.allocate(1));
            tookInput |= read > 0;
            return read < 0;
        } catch (IOException e) {
            return true; // reset by the client
        }
    }

    /** Whether the probe read bytes of a next request, so the answer must close the connection. */
    boolean tookInput() {
        return tookInput;
    }
}
