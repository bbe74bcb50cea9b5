package dev.b24kit.client.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one form-encoded POST and returns the raw answer. The JDK's HTTP client; fine on virtual
 * threads. Thread-safe.
 */
public final class Transport {

    /** The raw answer. */
    public record Wire(int status, String contentType, byte[] body) {
    }

    private final HttpClient http;
    private final Duration requestTimeout;
    private final String userAgent;

    public Transport(HttpClient http, Duration requestTimeout, String userAgent) {
        this.http = http;
        this.requestTimeout = requestTimeout;
        this.userAgent = userAgent;
    }

    /** Posts {@code form}; throws {@link IOException} when no answer arrives. */
    public Wire post(URI uri, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .header("Accept", "application/json")
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Wire(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** A GET (the OAuth server accepts both). */
    public Wire get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Accept", "application/json").header("User-Agent", userAgent).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Wire(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }
}
