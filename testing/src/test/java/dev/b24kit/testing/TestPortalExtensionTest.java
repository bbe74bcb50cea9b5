package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.b24kit.testportal.EventDelivery;
import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.FaultRule;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/** The JUnit extension: a portal per class or per test, what it exposes, and the reset between tests. */
class TestPortalExtensionTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedPerClass {

        @RegisterExtension
        static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

        private static TestPortal firstPortal;

        @Test
        @Order(1)
        void aTestLeavesDataSubscriptionsFaultsAndSwitchesBehind() {
            firstPortal = portal.portal();
            Rest rest = new Rest(portal.webhookUrl());
            rest.add("deal", "Left behind");
            portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUPDATE"));
            portal.events().delivery(EventDelivery.PROMPT.withLoss(0.5));
            portal.faults().add(FaultRule.always(new Fault.OverloadLimit(), "crm.lead.list"));
            portal.receiver().answerWith(500);
            rest.update("deal", 1, "Changed");
            portal.advance(Duration.ofSeconds(1));
        }

        @Test
        @Order(2)
        void theNextTestFindsTheSamePortalBackInItsStartingState() {
            Rest rest = new Rest(portal.webhookUrl());

            assertThat(portal.portal()).isSameAs(firstPortal);
            assertThat(portal.calls()).isEmpty();
            assertThat(portal.receiver().received()).isEmpty();
            assertThat(portal.faults().scheduled()).isEmpty();
            assertThat(portal.events().delivery()).isEqualTo(EventDelivery.CLOUD);
            assertThat(portal.events().deliveries(0, null, 10)).isEmpty();
            assertThat(new AdminClient(portal).get("events/webhooks", null).json().get("webhooks")).isEmpty();
            assertThat(rest.result("crm.deal.list", map("filter", map("TITLE", "Left behind"),
                    "select", List.of("ID")))).isEmpty();
            assertThat(rest.call("crm.lead.list", map("select", List.of("ID"))).status()).isEqualTo(200);
        }

        @Test
        @Order(3)
        void theReceiverAnswersSuccessAgainAfterAReset() {
            portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUPDATE"));
            portal.events().delivery(EventDelivery.PROMPT);
            new Rest(portal.webhookUrl()).update("deal", 1, "Again");

            portal.advance(Duration.ofSeconds(1));

            assertThat(portal.events().outcomes()).containsEntry("DELIVERED", 1L);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class FreshPerTest {

        @RegisterExtension
        final TestPortalExtension portal = TestPortalExtension.builder().build();

        private static TestPortal previous;

        @Test
        @Order(1)
        void aTestGetsItsOwnPortal() {
            previous = portal.portal();
            assertThat(portal.webhookUrl().toString()).endsWith("/");
        }

        @Test
        @Order(2)
        void theNextTestGetsAnotherOne() {
            assertThat(portal.portal()).isNotSameAs(previous);
        }

        @Test
        @Order(3)
        void thereIsNoVirtualClockUnlessAskedFor() {
            assertThatThrownBy(portal::clock).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("virtualTime()");
        }
    }

    @Nested
    class RecordedCalls {

        @RegisterExtension
        static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

        @Test
        void takeCallAnswersEachServedCallOnceInOrderWithBatchCommandsAfterTheirBatch() {
            Rest rest = new Rest(portal.webhookUrl());
            rest.result("server.time", map());
            rest.result("batch", map("cmd", map("a", "crm.deal.get?id=1", "b", "crm.deal.fields")));

            RecordedCall time = portal.takeCall();
            RecordedCall batch = portal.takeCall();
            RecordedCall first = portal.takeCall();
            RecordedCall second = portal.takeCall();

            assertThat(time.method()).isEqualTo("server.time");
            assertThat(time.httpMethod()).isEqualTo("POST");
            assertThat(time.credential()).isEqualTo("webhook:1");
            assertThat(time.succeeded()).isTrue();
            assertThat(batch.method()).isEqualTo("batch");
            assertThat(first.method()).isEqualTo("crm.deal.get");
            assertThat(first.params()).containsEntry("id", "1");
            assertThat(first.batchOf()).isEqualTo(batch.sequence());
            assertThat(second.method()).isEqualTo("crm.deal.fields");
            assertThat(portal.calls()).hasSize(4);
        }

        @Test
        void aFailedCallIsRecordedWithItsErrorAndStatus() {
            new Rest(portal.webhookUrl()).call("crm.deal.get", map("id", 999_999));

            RecordedCall call = portal.takeCall();

            assertThat(call.succeeded()).isFalse();
            assertThat(call.status()).isEqualTo(400);
        }
    }
}
