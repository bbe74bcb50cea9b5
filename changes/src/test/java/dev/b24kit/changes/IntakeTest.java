package dev.b24kit.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.store.Backend;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.PendingRecord;
import dev.b24kit.testing.TestPortalExtension;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalEvents;

class IntakeTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();
    @RegisterExtension
    static final TestStores stores = new TestStores();

    private static final String TOKEN = "a-secret-application-token";
    private final HttpClient http = HttpClient.newHttpClient();
    private Store store;
    private EventIntake intake;

    private String origin() {
        return portal.portal().baseUrl().toString().replaceAll("/+$", "");
    }

    private EventIntake start(Backend backend, String token) {
        store = Store.open(stores.fresh(backend));
        intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", 0), origin(), token), store.changes().inbox());
        return intake;
    }

    @AfterEach
    void stop() {
        if (intake != null) {
            intake.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(intake.url())).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String event(String name, long id, String token) {
        return "event=" + name + "&event_handler_id=1&data%5BFIELDS%5D%5BID%5D=" + id + "&ts=1768456800"
                + "&auth%5Bdomain%5D=127.0.0.1&auth%5Bapplication_token%5D=" + token;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void theTestPortalsDuplicatedAndReorderedEventsCollapseIntoOnePendingRecordEach(Backend backend) throws Exception {
        int port = Deals.freePort();
        PortalEvents.OutgoingWebhook webhook = portal.events().addOutgoingWebhook(
                URI.create("http://127.0.0.1:" + port + "/events"), List.of("ONCRMDEALUPDATE"));
        store = Store.open(stores.fresh(backend));
        intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", port), origin(),
                webhook.applicationToken()), store.changes().inbox());
        portal.events().delivery(EventDelivery.CLOUD.withDuplicates(0.5).withReorder(true));
        Deals deals = new Deals(portal);
        List<Long> ids = deals.create(10);

        for (int round = 0; round < 3; round++) {
            deals.rename(ids, "Round " + round);
        }
        portal.advance(Duration.ofMinutes(1));

        List<PendingRecord> pending = store.changes().inbox().claim(origin(), "test", 100, Duration.ofMinutes(1));
        assertThat(pending).extracting(PendingRecord::recordId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(pending).allSatisfy(p -> assertThat(p.signals()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void aForgedWebhookIsRejectedAndAbsentFromTheStore() throws Exception {
        start(Backend.SQLITE, TOKEN);

        HttpResponse<String> wrong = post("application/x-www-form-urlencoded", event("ONCRMDEALUPDATE", 7, "guess"));
        HttpResponse<String> missing = post("application/x-www-form-urlencoded", "event=ONCRMDEALUPDATE&data%5BFIELDS%5D%5BID%5D=7");

        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(TOKEN).isEqualTo(missing.body());
        assertThat(store.changes().inbox().pending(origin())).isZero();
    }

    @Test
    void anAuthenticEventIsStoredBeforeTheAnswer() throws Exception {
        start(Backend.SQLITE, TOKEN);

        HttpResponse<String> answer = post("application/x-www-form-urlencoded", event("ONCRMCONTACTADD", 12, TOKEN));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(store.changes().inbox().claim(origin(), "test", 10, Duration.ofMinutes(1))).singleElement()
                .satisfies(p -> {
                    assertThat(p.entity()).isEqualTo("contact");
                    assertThat(p.recordId()).isEqualTo(12);
                    assertThat(p.event()).isEqualTo("ONCRMCONTACTADD");
                });
    }

    @Test
    void aSmartProcessEventIsStoredUnderItsEntityTypeAndOneWithoutAValidTypeIsRefused() throws Exception {
        start(Backend.SQLITE, TOKEN);
        String type = "&data%5BFIELDS%5D%5BENTITY_TYPE_ID%5D=";

        HttpResponse<String> general = post("application/x-www-form-urlencoded", event("ONCRMDYNAMICITEMUPDATE", 7, TOKEN) + type + "1030");
        HttpResponse<String> perType = post("application/x-www-form-urlencoded", event("ONCRMDYNAMICITEMADD_1040", 8, TOKEN));
        HttpResponse<String> untyped = post("application/x-www-form-urlencoded", event("ONCRMDYNAMICITEMUPDATE", 9, TOKEN));
        HttpResponse<String> contradicting = post("application/x-www-form-urlencoded",
                event("ONCRMDYNAMICITEMDELETE_1030", 9, TOKEN) + type + "1040");
        HttpResponse<String> aDeal = post("application/x-www-form-urlencoded", event("ONCRMDYNAMICITEMUPDATE", 9, TOKEN) + type + "2");

        assertThat(general.statusCode()).isEqualTo(200);
        assertThat(perType.statusCode()).isEqualTo(200);
        assertThat(untyped.statusCode()).isEqualTo(400);
        assertThat(untyped.body()).contains("data[FIELDS][ENTITY_TYPE_ID]");
        assertThat(contradicting.statusCode()).isEqualTo(400);
        assertThat(contradicting.body()).contains("1040", "1030");
        assertThat(aDeal.statusCode()).isEqualTo(400);
        assertThat(store.changes().inbox().claim(origin(), "test", 10, Duration.ofMinutes(1)))
                .extracting(PendingRecord::entity, PendingRecord::recordId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("item:1030", 7L),
                        org.assertj.core.groups.Tuple.tuple("item:1040", 8L));
    }

    @Test
    void malformedUnknownAndHugeRequestsGetAClear4xxAndTheEndpointKeepsServing() throws Exception {
        start(Backend.SQLITE, TOKEN);

        assertThat(post("application/x-www-form-urlencoded", "event=%zz&x").statusCode()).isEqualTo(400);
        assertThat(post("application/x-www-form-urlencoded", event("ONAPPINSTALL", 1, TOKEN)).statusCode()).isEqualTo(400);
        assertThat(post("application/x-www-form-urlencoded", event("ONCRMDEALUPDATE", -3, TOKEN)).statusCode()).isEqualTo(400);
        assertThat(post("application/json", "{}").statusCode()).isEqualTo(415);
        for (int i = 0; i < 20; i++) {
            assertThat(post("application/x-www-form-urlencoded", event("ONCRMDEALUPDATE", 1, TOKEN) + "&pad=" + "x".repeat(100_000 + i * 50_000))
                    .statusCode()).isEqualTo(413);
        }
        assertThat(http.send(HttpRequest.newBuilder(URI.create(intake.url())).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(405);
        assertThat(store.changes().inbox().pending(origin())).isZero();

        assertThat(post("application/x-www-form-urlencoded", event("ONCRMDEALUPDATE", 5, TOKEN)).statusCode()).isEqualTo(200);
        assertThat(store.changes().inbox().pending(origin())).isEqualTo(1);
    }
}
