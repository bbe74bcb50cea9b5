package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.b24kit.testing.TestPortalExtension;

/** A fresh test portal for every test (an instance field), on a virtual clock. */
class ClockedPortalTest {

    @RegisterExtension
    final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

    @Test
    void timeMovesOnlyWhenTheTestSays() throws Exception {
        Instant start = portal.clock().instant();

        portal.advance(Duration.ofMinutes(5));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(portal.webhookUrl().resolve("server.time")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(start.plus(Duration.ofMinutes(5)), portal.clock().instant());
        assertEquals(200, response.statusCode());
        assertEquals("server.time", portal.takeCall().method());
    }

    @Test
    void runsOnTheJUnitThisProjectChose() {
        String jupiter = Test.class.getPackage().getImplementationVersion();

        assertTrue(jupiter.startsWith("6."), "JUnit Jupiter " + jupiter + " on the test classpath, expected 6.x");
    }
}
