package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.b24kit.testing.TestPortalExtension;

/** One test portal for the class (a static field), reset before each test. */
class DealReaderTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().build();

    @Test
    void readsASeededDealThroughTheIncomingWebhook() throws Exception {
        URI url = portal.webhookUrl().resolve("crm.deal.get.json?id=1");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"ID\":\"1\""), response.body());
        assertEquals("crm.deal.get", portal.takeCall().method());
    }

    @Test
    void runsOnTheJUnitThisProjectChose() {
        String jupiter = Test.class.getPackage().getImplementationVersion();

        assertTrue(jupiter.startsWith("5."), "JUnit Jupiter " + jupiter + " on the test classpath, expected 5.x");
    }
}
