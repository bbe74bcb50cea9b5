package dev.b24kit.client.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a real Redis that a test can cut, as a failed network or a stopped Redis
 * would: after {@link #close()} every connection through it is gone and no new one is accepted.
 */
final class RedisRelay implements AutoCloseable {

    private final URI target;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    RedisRelay(String redisUri) throws IOException {
        this.target = URI.create(redisUri);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("redis-relay").start(this::accept);
    }

    /** The target's URI (credentials and database kept) with the relay's address. */
    String uri() {
        try {
            return new URI(target.getScheme(), target.getUserInfo(), "127.0.0.1", server.getLocalPort(),
                    target.getPath(), target.getQuery(), null).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code redis://127.0.0.1:PORT}, as error messages should name the relay. */
    String address() {
        return "redis://127.0.0.1:" + server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket redis = new Socket(target.getHost(), target.getPort() < 0 ? 6379 : target.getPort());
                sockets.add(client);
                sockets.add(redis);
                pipe(client, redis);
                pipe(redis, client);
            } catch (IOException e) {
                // closed: the relay is cut
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try {
                from.getInputStream().transferTo(to.getOutputStream());
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sockets.forEach(RedisRelay::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
