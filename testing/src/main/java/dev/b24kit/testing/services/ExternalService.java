package dev.b24kit.testing.services;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Assumptions;

/**
 * A service a test needs over a real connection (PostgreSQL, Redis), located by an environment
 * variable with a loopback default.
 *
 * <p>{@link #require()} answers the URL when the service accepts TCP connections. When it does not,
 * the test is <em>skipped</em> with a message naming the service and the variable, unless
 * {@code B24KIT_REQUIRE_SERVICES=true} (set by CI), in which case the test <em>fails</em>: CI must
 * never pass because a service was down.
 *
 * <p>Immutable and thread-safe. Tests read the environment through {@link #fromEnvironment()};
 * library code never does.
 */
public record ExternalService(String name, String variable, String url, boolean required) {

    public static final String REQUIRE_VARIABLE = "B24KIT_REQUIRE_SERVICES";
    public static final String PG_VARIABLE = "B24KIT_TEST_PG_URL";
    public static final String REDIS_VARIABLE = "B24KIT_TEST_REDIS_URL";
    public static final String PG_DEFAULT = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    public static final String REDIS_DEFAULT = "redis://127.0.0.1:6379";

    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;

    public ExternalService {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(url, "url");
    }

    /** The services as this process's environment configures them. */
    public static Catalog fromEnvironment() {
        return Catalog.of(System.getenv());
    }

    /** The URL of a reachable service; skips or fails the calling test otherwise (see class doc). */
    public String require() {
        URI address = socketAddress();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), CONNECT_TIMEOUT_MILLIS);
            return url;
        } catch (IOException e) {
            String message = name + " is not reachable at " + address.getHost() + ":" + address.getPort()
                    + " (" + e.getMessage() + "); set " + variable + " to its URL";
            if (required) {
                throw new AssertionError(message + ". " + REQUIRE_VARIABLE + "=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(message + ", or start it. Skipped because " + REQUIRE_VARIABLE + " is not true.");
            throw new AssertionError("unreachable");
        }
    }

    /** host and port of the URL; a {@code jdbc:} prefix is ignored. */
    URI socketAddress() {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException(variable + " must name a host and a port, got '" + redacted() + "'");
        }
        return uri;
    }

    /** The URL without user info or query, which may carry passwords. */
    String redacted() {
        return url.replaceAll("//[^/@]*@", "//***@").replaceAll("\\?.*$", "");
    }

    /** The services known to the test suite, resolved from one environment map. */
    public record Catalog(ExternalService postgres, ExternalService redis) {

        public static Catalog of(Map<String, String> environment) {
            boolean required = "true".equalsIgnoreCase(environment.getOrDefault(REQUIRE_VARIABLE, "false").trim());
            return new Catalog(
                    new ExternalService("PostgreSQL", PG_VARIABLE, environment.getOrDefault(PG_VARIABLE, PG_DEFAULT), required),
                    new ExternalService("Redis", REDIS_VARIABLE, environment.getOrDefault(REDIS_VARIABLE, REDIS_DEFAULT), required));
        }
    }
}
