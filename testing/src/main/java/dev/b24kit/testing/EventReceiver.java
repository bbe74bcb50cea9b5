package dev.b24kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint on loopback that receives outbound events (outgoing webhooks, app handlers),
 * for a test to inspect: {@link #take(Duration)} waits for the next one, {@link #received()} lists
 * all. It can answer with another status or slowly, to rehearse failing and slow handlers.
 * Thread-safe; close it when done (the extension does).
 */
public final class EventReceiver implements AutoCloseable {

    private final HttpServer server;
    private final BlockingQueue<ReceivedEvent> queue = new LinkedBlockingQueue<>();
    private final List<ReceivedEvent> all = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;

    private EventReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts a receiver on a free loopback port. */
    public static EventReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            EventReceiver receiver = new EventReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("event receiver could not start", e);
        }
    }

    /** The handler URL to give the portal ({@code http://127.0.0.1:PORT/events}). */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/events");
    }

    /** The status the handler answers with from now on (200 by default). */
    public EventReceiver answerWith(int httpStatus) {
        this.status = httpStatus;
        return this;
    }

    /** How long the handler takes to answer from now on (zero by default). */
    public EventReceiver answerAfter(Duration value) {
        this.delay = value;
        return this;
    }

    /** The next event not taken yet, waiting up to {@code timeout}; null when none came. */
    public ReceivedEvent take(Duration timeout) {
        try {
            return queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Everything received so far, in order of arrival. */
    public List<ReceivedEvent> received() {
        return List.copyOf(all);
    }

    /** Forgets what was received. */
    public void clear() {
        queue.clear();
        all.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ReceivedEvent event = new ReceivedEvent(Instant.now(), parse(body));
            all.add(event);
            queue.add(event);
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(status, -1);
        }
    }

    static Map<String, String> parse(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).close();
    }

    /** Events of one name among those received. */
    public List<ReceivedEvent> received(String eventName) {
        List<ReceivedEvent> matching = new ArrayList<>();
        for (ReceivedEvent event : all) {
            if (eventName.equals(event.event())) {
                matching.add(event);
            }
        }
        return matching;
    }
}
