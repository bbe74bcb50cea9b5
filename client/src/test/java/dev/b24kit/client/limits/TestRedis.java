package dev.b24kit.client.limits;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Assumptions;

/**
 * The Redis these tests use, by the repository's convention for external services: the URL in
 * {@code B24KIT_TEST_REDIS_URL} (default {@code redis://127.0.0.1:6379}); when it does not accept
 * connections the test is skipped with a message, unless {@code B24KIT_REQUIRE_SERVICES=true} (CI),
 * which makes it fail. The testing module's {@code ExternalService} does the same for other modules;
 * the client's tests cannot use it, as that module depends on the client.
 */
final class TestRedis {

    private static final String VARIABLE = "B24KIT_TEST_REDIS_URL";
    private static final String REQUIRE = "B24KIT_REQUIRE_SERVICES";

    private TestRedis() {
    }

    /** The URI of a reachable Redis; skips or fails the calling test otherwise. */
    static String uri() {
        String uri = System.getenv().getOrDefault(VARIABLE, "redis://127.0.0.1:6379");
        URI address = URI.create(uri);
        int port = address.getPort() < 0 ? 6379 : address.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), port), 2_000);
            return uri;
        } catch (IOException e) {
            String message = "Redis is not reachable at " + address.getHost() + ":" + port + " (" + e.getMessage()
                    + "); set " + VARIABLE + " to its URL";
            if ("true".equalsIgnoreCase(System.getenv().getOrDefault(REQUIRE, "false").strip())) {
                throw new AssertionError(message + ". " + REQUIRE + "=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(message + ", or start it. Skipped because " + REQUIRE + " is not true.");
            throw new AssertionError("unreachable");
        }
    }
}
