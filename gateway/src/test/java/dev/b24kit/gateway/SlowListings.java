package dev.b24kit.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP proxy in front of the test portal that, once {@linkplain #delay told to}, holds back every request
 * whose body lists deals ({@code crm.deal.list}, alone or inside a {@code batch}) before passing it on; other
 * requests pass at once. {@link #delay} returns only once every listing it let through undelayed has been answered,
 * so a listing the portal records after that call returns was held back. Thread-safe.
 */
final class SlowListings implements AutoCloseable {

    private final HttpServer server;
    private final URI target;
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Duration delay = Duration.ZERO;
    private final AtomicInteger undelayedInFlight = new AtomicInteger();

    SlowListings(URI webhookUrl) throws IOException {
        this.target = webhookUrl;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::forward);
        server.start();
    }

    /** The portal's webhook URL as reached through this proxy. */
    URI webhookUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + target.getRawPath());
    }

    /** Holds back listings from now on; returns once no listing let through before is still on its way. */
    void delay(Duration value) throws InterruptedException {
        delay = value;
        while (undelayedInFlight.get() > 0) {
            Thread.sleep(5);
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String query = exchange.getRequestURI().getRawQuery();
            String text = java.net.URLDecoder.decode(new String(body, StandardCharsets.UTF_8) + "&" + query, StandardCharsets.UTF_8);
            boolean undelayed = false;
            if (text.contains("crm.deal.list")) {
                // counted before the delay is read: delay() either waits for this request or it is held back
                undelayedInFlight.incrementAndGet();
                Duration wait = delay;
                undelayed = wait.isZero();
                if (!undelayed) {
                    undelayedInFlight.decrementAndGet();
                    Thread.sleep(wait);
                }
            }
            try {
                pass(exchange, body, query);
            } finally {
                if (undelayed) {
                    undelayedInFlight.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pass(HttpExchange exchange, byte[] body, String query) throws IOException, InterruptedException {
        URI to = target.resolve(exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(to)
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        answer.headers().firstValue("Content-Type").ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
        http.close();
    }
}
