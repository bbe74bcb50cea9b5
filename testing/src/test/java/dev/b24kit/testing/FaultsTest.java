package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.contract.RawPortal;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.PortalFaults;

/**
 * Scheduled faults over HTTP: each kind as a client sees it, targeted by method, limited by count,
 * probability or a window of portal time, scheduled from code and through the admin API with the
 * same text syntax as the CLI's {@code --fault}. Calls that may be dropped are POSTs, which an HTTP
 * client does not resend on its own.
 */
class FaultsTest {

    private static final String QUERY_LIMIT_EXCEEDED =
            "{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}";

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

    private Rest rest;
    private AdminClient admin;

    @BeforeEach
    void clients() {
        rest = new Rest(portal.webhookUrl());
        admin = new AdminClient(portal);
    }

    private int dealsTitled(String title) {
        return rest.result("crm.deal.list", map("filter", map("TITLE", title), "select", List.of("ID"))).size();
    }

    private RawPortal.Reply list() {
        return rest.call("crm.deal.list", map("select", List.of("ID")));
    }

    @Test
    void aQueryLimitBurstAnswers503WhateverTheBucketSays() {
        admin.set("faults", "rule", "query-limit@crm.deal.list,count=3");

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            RawPortal.Reply reply = list();
            statuses.add(reply.status());
            if (i == 0) {
                assertThat(reply.body()).isEqualTo(QUERY_LIMIT_EXCEEDED);
            }
        }

        assertThat(statuses).containsExactly(503, 503, 503, 200);
        assertThat(rest.call("crm.deal.fields", map()).status()).as("other methods are not targeted").isEqualTo(200);
        assertThat(admin.get("limits", null).json().get("plan").asString()).isEqualTo("unlimited");
    }

    @Test
    void anOverloadAnswers503OverloadLimit() {
        portal.faults().add(FaultRule.times(1, new Fault.OverloadLimit(), "crm.deal.*"));

        RawPortal.Reply reply = list();

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body()).isEqualTo(
                "{\"error\":\"OVERLOAD_LIMIT\",\"error_description\":\"REST API is blocked due to overload.\"}");
    }

    @Test
    void aServerErrorAnswersWithAnHtmlPageAndTheCallDoesNotRun() {
        admin.set("faults", "rule", "server-error:502@crm.deal.add,count=1");
        admin.set("faults", "rule", "server-error@crm.deal.add,count=1");

        RawPortal.Reply badGateway = rest.call("crm.deal.add", map("fields", map("TITLE", "Behind a proxy")));
        RawPortal.Reply internal = rest.call("crm.deal.add", map("fields", map("TITLE", "Behind a proxy")));

        assertThat(badGateway.status()).isEqualTo(502);
        assertThat(badGateway.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(badGateway.body()).contains("502 Bad Gateway");
        assertThat(badGateway.json()).isNull();
        assertThat(internal.status()).isEqualTo(500);
        assertThat(internal.body()).contains("500 Internal Server Error");
        assertThat(dealsTitled("Behind a proxy")).isZero();
    }

    @Test
    void aConnectionDroppedBeforeTheCallLeavesNothingBehind() {
        admin.set("faults", "rule", "drop-before:PT1S@crm.deal.add,count=1");

        assertThatThrownBy(() -> rest.call("crm.deal.add", map("fields", map("TITLE", "Never written"))))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(dealsTitled("Never written")).isZero();
    }

    @Test
    void aConnectionDroppedAfterCommitLeavesTheWriteInThePortalWhileTheCallerSawAnIoFailure() {
        admin.set("faults", "rule", "drop-after-commit@crm.deal.add,count=1");

        assertThatThrownBy(() -> rest.call("crm.deal.add", map("fields", map("TITLE", "Written anyway"))))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(dealsTitled("Written anyway")).isEqualTo(1);
        assertThat(portal.calls()).filteredOn(c -> c.method().equals("crm.deal.add")).singleElement()
                .satisfies(c -> assertThat(c.error()).isEqualTo("DropAfterCommit"));
    }

    @Test
    void aSlowResponseStillCarriesTheResult() {
        admin.set("faults", "rule", "slow:2s@crm.deal.add,count=1");

        RawPortal.Reply reply = rest.call("crm.deal.add", map("fields", map("TITLE", "Slowly")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(dealsTitled("Slowly")).isEqualTo(1);
    }

    @Test
    void oneCommandInsideABatchFailsWhileTheOthersRun() {
        admin.set("faults", "rule", "batch-command:ERROR_CORE@crm.deal.add,count=1");

        JsonNode result = rest.result("batch", map("halt", 0, "cmd", map(
                "first", "crm.deal.add?fields[TITLE]=Batch one",
                "second", "crm.deal.add?fields[TITLE]=Batch two",
                "count", "crm.deal.list?filter[%TITLE]=Batch&select[]=ID")));

        assertThat(result.get("result_error").get("first").toString()).isEqualTo(
                "{\"error\":\"ERROR_CORE\",\"error_description\":\"Injected failure of one batch command\"}");
        assertThat(result.get("result").has("first")).isFalse();
        assertThat(result.get("result").get("second").asLong()).isPositive();
        assertThat(result.get("result").get("count")).hasSize(1);
    }

    @Test
    void aProbabilityStrikesAboutThatShareOfCallsAndAResetReplaysTheSameDraws() {
        List<Integer> first = statusesWithHalfProbability();
        portal.portal().reset();
        List<Integer> second = statusesWithHalfProbability();

        long struck = first.stream().filter(status -> status == 503).count();
        // 200 draws with p = 0.5: the count's standard deviation is about 7
        assertThat(struck).isBetween(70L, 130L);
        assertThat(second).as("the same seed strikes the same calls").isEqualTo(first);
    }

    private List<Integer> statusesWithHalfProbability() {
        portal.faults().add(FaultRule.always(new Fault.QueryLimitExceeded(), "crm.deal.list").withProbability(0.5));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            statuses.add(list().status());
        }
        return statuses;
    }

    @Test
    void aWindowStrikesOnlyBetweenItsStartAndEndByThePortalClock() {
        Instant now = portal.clock().instant();
        admin.set("faults", "rule", "overload@crm.deal.list,from=" + now.plusSeconds(60) + ",until="
                + now.plusSeconds(120));

        int before = list().status();
        portal.advance(Duration.ofSeconds(60));
        int inside = list().status();
        portal.advance(Duration.ofSeconds(60));
        int after = list().status();

        assertThat(List.of(before, inside, after)).containsExactly(200, 503, 200);
    }

    @Test
    void theAdminApiListsRulesWithWhatIsLeftAndRemovesThem() {
        long id = admin.set("faults", "rule", "query-limit@crm.deal.list,count=2").get("id").asLong();
        admin.set("faults", "rule", "overload@*,p=0.25");
        list();

        JsonNode scheduled = admin.get("faults", null).json().get("scheduled");
        assertThat(scheduled).hasSize(2);
        assertThat(scheduled.get(0).get("id").asLong()).isEqualTo(id);
        assertThat(scheduled.get(0).get("method").asString()).isEqualTo("crm.deal.list");
        assertThat(scheduled.get(0).get("rule").asString()).isEqualTo("query-limit@crm.deal.list,count=2");
        assertThat(scheduled.get(0).get("fault").asString()).isEqualTo("query-limit");
        assertThat(scheduled.get(0).get("remaining").asInt()).isEqualTo(1);
        assertThat(scheduled.get(0).get("struck").asInt()).isEqualTo(1);
        assertThat(scheduled.get(1).get("probability").asDouble()).isEqualTo(0.25);

        assertThat(admin.set("faults", "remove", Long.toString(id)).get("scheduled")).hasSize(1);
        assertThat(admin.set("faults", "clear", "true").get("scheduled")).isEmpty();
        assertThat(admin.post("faults", "remove", Long.toString(id)).status()).isEqualTo(400);
    }

    @Test
    void aRuleThatCannotBeReadIsRefusedNamingThePartAndWhatIsAccepted() {
        RawPortal.Reply kind = admin.post("faults", "rule", "explode@crm.deal.add");
        RawPortal.Reply option = admin.post("faults", "rule", "overload@*,often=yes");
        RawPortal.Reply probability = admin.post("faults", "rule", "overload@*,p=2");

        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("error").asString()).contains("explode").contains("drop-after-commit");
        assertThat(option.json().get("error").asString()).contains("often").contains("count, p, from, until");
        assertThat(probability.json().get("error").asString()).contains("probability");
    }

    @Test
    void rulesAreScheduledAndRemovedFromCode() {
        long id = portal.faults().add(FaultRule.parse("query-limit@crm.deal.list,count=1"));

        assertThat(portal.faults().scheduled()).extracting(PortalFaults.Scheduled::id).containsExactly(id);
        assertThat(portal.faults().remove(id)).isTrue();
        assertThat(list().status()).isEqualTo(200);
        portal.faults().add(FaultRule.always(new Fault.OverloadLimit(), "*"));
        portal.faults().clear();
        assertThat(list().status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenFaultAnswersAnOAuthCall401WhileWebhooksAreUntouched() {
        AppClient app = AppClient.install(portal, 1);
        admin.set("faults", "rule", "expired-token@crm.deal.list,count=1");

        RawPortal.Reply expired = app.call("crm.deal.list", map("select", List.of("ID")));
        RawPortal.Reply viaWebhook = list();
        RawPortal.Reply again = app.call("crm.deal.list", map("select", List.of("ID")));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo(
                "{\"error\":\"expired_token\",\"error_description\":\"The access token provided has expired.\"}");
        assertThat(viaWebhook.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
    }

    @Test
    void faultsAreForgottenBetweenTests() {
        assertThat(portal.faults().scheduled()).isEmpty();
    }
}
