package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class SecretsTest {

    @Test
    void theWebhookSecretAppearsInNoMessageEventLogOrToString() {
        Logger root = NoSecretsInLogs.root();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        List<String> shown = new ArrayList<>();
        String secret;
        try (TestPortal portal = TestPortal.start(PortalConfig.fast().withSecret("s3cretHookValue9"))) {
            secret = "s3cretHookValue9";
            portal.faults().add(FaultRule.times(1, new Fault.DropAfterCommit(), "crm.deal.add"));
            portal.faults().add(FaultRule.always(new Fault.ServerError(502), "crm.deal.fields"));
            Credentials.Webhook webhook = Credentials.webhook(portal.webhookUrl().toString());
            try (Bitrix24Client client = Bitrix24Client.builder(webhook).coalescing(Coalescing.OFF)
                    .retry(new RetryPolicy(2, java.time.Duration.ZERO, java.time.Duration.ZERO,
                            java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(1)))
                    .listener(e -> shown.add(e.toString())).build()) {
                shown.add(client.toString());
                shown.add(client.portal());
                shown.add(webhook.toString());
                List<Runnable> failing = List.of(
                        () -> client.call("crm.deal.add", Params.of("fields", Map.of("TITLE", "x"))),
                        () -> client.call("crm.deal.fields", Params.empty()),
                        () -> client.call("crm.deal.get", Params.of("id", 0)),
                        () -> client.call("no.such.method", Params.empty()));
                for (Runnable call : failing) {
                    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
                    assertThat(thrown).isInstanceOf(Bitrix24Exception.class);
                    shown.add(thrown.toString());
                }
            }
            try (Bitrix24Client closedPort = Bitrix24Client.builder(Credentials.webhook(
                    "http://127.0.0.1:1/rest/1/" + secret + "/")).coalescing(Coalescing.OFF)
                    .retry(new RetryPolicy(1, java.time.Duration.ZERO, java.time.Duration.ZERO,
                            java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(1))).build()) {
                assertThatThrownBy(() -> closedPort.call("crm.deal.get", Params.of("id", 1)))
                        .isInstanceOfSatisfying(PortalUnavailable.class, e -> shown.add(e.toString()));
            }
            assertThatThrownBy(() -> Credentials.webhook("https://portal.example/rest/x/" + secret))
                    .satisfies(e -> shown.add(e.getMessage()));
            assertThatThrownBy(() -> Credentials.webhook("https://portal.example/rest/1/" + secret + " /"))
                    .isInstanceOf(IllegalArgumentException.class).satisfies(e -> shown.add(e.getMessage()));
        } finally {
            root.detachAppender(logs);
        }
        // every log line of the run: the client's and the test portal's (Jetty's included)
        logs.list.stream()
                .forEach(e -> shown.add(e.getFormattedMessage()));
        assertThat(shown).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(secret));
        assertThat(shown).anyMatch(text -> text.contains("/rest/1/****/"));
    }
}
