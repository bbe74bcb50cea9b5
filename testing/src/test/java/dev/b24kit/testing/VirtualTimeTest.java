package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.contract.RawPortal;
import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * Virtual time: the portal's clock moves only when the test moves it, and everything that depends on
 * time follows it at once: the leaky bucket, the operating budget, record dates, {@code server.time}
 * and event delays. Nothing here waits.
 */
class VirtualTimeTest {

    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime(START).build();

    private Rest rest;
    private AdminClient admin;

    @BeforeEach
    void clients() {
        rest = new Rest(portal.webhookUrl());
        admin = new AdminClient(portal);
    }

    private int serverTime() {
        return rest.raw().postJson("server.time", "{}").status();
    }

    @Test
    void theLeakyBucketDrainsWhenTheTestMovesTime() {
        admin.set("limits", "plan", "custom:3/1", "resetBucket", "true");
        for (int i = 0; i < 3; i++) {
            assertThat(serverTime()).isEqualTo(200);
        }

        assertThat(serverTime()).isEqualTo(503);
        portal.clock().advance(Duration.ofSeconds(1));
        assertThat(serverTime()).as("one second drains one request").isEqualTo(200);
        assertThat(serverTime()).isEqualTo(503);
    }

    @Test
    void theOperatingBudgetResetsWhenTheTestMovesPastItsTenMinutes() {
        admin.set("latency", "mode", "none");
        admin.set("cost", "model", "free", "baseRead", "0.6");
        admin.set("operating", "limitSeconds", "1", "enabled", "true", "reset", "true");
        serverTime();
        serverTime();
        assertThat(serverTime()).isEqualTo(429);

        portal.clock().advance(Duration.ofMinutes(9));
        assertThat(serverTime()).as("still inside the ten minutes").isEqualTo(429);
        portal.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(serverTime()).isEqualTo(200);
    }

    @Test
    void recordDatesAndServerTimeFollowTheVirtualClock() {
        Instant created = portal.clock().instant();
        long id = rest.add("deal", "Dated");
        portal.clock().advance(Duration.ofHours(3));
        rest.update("deal", id, "Three hours later");

        JsonNode deal = rest.result("crm.deal.get", map("id", id));
        JsonNode now = rest.result("server.time", map());

        assertThat(deal.get("DATE_CREATE").asString()).isEqualTo(moscow(created));
        assertThat(deal.get("DATE_MODIFY").asString()).isEqualTo(moscow(created.plus(Duration.ofHours(3))));
        assertThat(OffsetDateTime.parse(now.asString()).toInstant()).isEqualTo(created.plus(Duration.ofHours(3)));
    }

    private static String moscow(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").format(instant.atZone(ZoneId.of("Europe/Moscow")));
    }

    @Test
    void eventDelaysFollowTheVirtualClock() {
        portal.events().delivery(EventDelivery.CLOUD.withDelays(Duration.ofMinutes(5), Duration.ZERO,
                Duration.ofMinutes(5)).withBurstWindow(Duration.ZERO));
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALADD"));
        rest.add("deal", "Announced in five minutes");

        assertThat(portal.advance(Duration.ofMinutes(4))).isZero();
        assertThat(portal.advance(Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(portal.receiver().received()).hasSize(1);
    }

    @Test
    void theClockEndpointShowsMovesAndSetsVirtualTimeAndDeliversWhatFellDue() {
        portal.events().delivery(EventDelivery.CLOUD);
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALADD"));
        rest.add("deal", "Announced");

        Instant before = portal.clock().instant();
        JsonNode shown = admin.get("clock", null).json();
        JsonNode advanced = admin.set("clock", "advance", "PT1M");
        Instant target = before.plus(Duration.ofHours(1));
        JsonNode set = admin.set("clock", "set", target.toString());

        assertThat(shown.get("virtual").asBoolean()).isTrue();
        assertThat(Instant.parse(shown.get("now").asString())).isEqualTo(before);
        assertThat(Instant.parse(advanced.get("now").asString())).isEqualTo(before.plusSeconds(60));
        assertThat(advanced.get("delivered").asInt()).isEqualTo(1);
        assertThat(portal.receiver().received()).hasSize(1);
        assertThat(Instant.parse(set.get("now").asString())).isEqualTo(target);
        assertThat(portal.clock().instant()).isEqualTo(target);
    }

    @Test
    void theClockEndpointRefusesToMoveBackwardsOrToReadAnUnknownDuration() {
        RawPortal.Reply backwards = admin.post("clock", "set", "2020-01-01T00:00:00Z");
        RawPortal.Reply garbled = admin.post("clock", "advance", "five minutes");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("error").asString()).contains("set").contains("not before");
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.json().get("error").asString()).contains("advance").contains("PT5M");
    }

    @Test
    void aPortalOnTheSystemClockRefusesToMoveTime() {
        try (TestPortal system = TestPortal.start(PortalConfig.fast())) {
            RawPortal.Reply reply = new RawPortal(system.webhookUrl()).send(java.net.http.HttpRequest
                    .newBuilder(system.baseUrl().resolve("_testportal/clock"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("advance=PT1M")));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").asString()).contains("system clock").contains("virtual");
        }
    }
}
