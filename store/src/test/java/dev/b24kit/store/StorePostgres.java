package dev.b24kit.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL these tests use, by the repository's convention for external services: the URL in
 * {@code B24KIT_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}); when
 * it does not accept connections the test is skipped with a message, unless
 * {@code B24KIT_REQUIRE_SERVICES=true} (CI), which makes it fail. The testing module's
 * {@code ExternalService} does the same; the store's tests do not depend on that module, which may
 * come to depend on the store.
 */
final class StorePostgres {

    private static final String VARIABLE = "B24KIT_TEST_PG_URL";
    private static final String REQUIRE = "B24KIT_REQUIRE_SERVICES";

    private StorePostgres() {
    }

    /** The JDBC URL of a reachable PostgreSQL; skips or fails the calling test otherwise. */
    static String url() {
        String url = System.getenv().getOrDefault(VARIABLE, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        URI address = URI.create(url.substring("jdbc:".length()));
        int port = address.getPort() < 0 ? 5432 : address.getPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address.getHost(), port), 2_000);
            return url;
        } catch (IOException e) {
            String message = "PostgreSQL is not reachable at " + address.getHost() + ":" + port + " (" + e.getMessage()
                    + "); set " + VARIABLE + " to its URL";
            if ("true".equalsIgnoreCase(System.getenv().getOrDefault(REQUIRE, "false").strip())) {
                throw new AssertionError(message + ". " + REQUIRE + "=true, so this is a failure, not a skip.");
            }
            Assumptions.abort(message + ", or start it. Skipped because " + REQUIRE + " is not true.");
            throw new AssertionError("unreachable");
        }
    }
}
