package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.contract.RawPortal;
import dev.b24kit.testportal.EventDelivery;

/**
 * {@code event.bind}, {@code event.unbind}, {@code event.get}, {@code events} and {@code event.test}
 * (§10.1) called by an installed application with its OAuth token, and what its handler receives:
 * tokens it can call the portal with, and the application token from its installation.
 */
class EventMethodsTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

    private AppClient app;
    private Rest webhook;
    private String handler;

    @BeforeEach
    void installTheApp() {
        app = AppClient.install(portal, 1);
        webhook = new Rest(portal.webhookUrl());
        handler = portal.receiver().url().toString();
        portal.events().delivery(EventDelivery.PROMPT);
    }

    @Test
    void bindsAHandlerListsItAndUnbindsIt() {
        assertThat(app.result("event.bind", map("event", "onCrmDealUpdate", "handler", handler)).asBoolean()).isTrue();

        JsonNode bound = app.result("event.get", map());
        JsonNode unbound = app.result("event.unbind", map("event", "ONCRMDEALUPDATE", "handler", handler));

        assertThat(bound.toString()).isEqualTo("[{\"event\":\"ONCRMDEALUPDATE\",\"handler\":\"" + handler
                + "\",\"auth_type\":\"0\",\"offline\":0}]");
        assertThat(unbound.toString()).isEqualTo("{\"count\":1}");
        assertThat(app.result("event.get", map())).isEmpty();
        assertThat(app.result("event.unbind", map("event", "ONCRMDEALUPDATE", "handler", handler)).toString())
                .isEqualTo("{\"count\":0}");
    }

    @Test
    void refusesUnknownEventsDuplicateBindingsAndHandlersThatAreNotUrls() {
        app.result("event.bind", map("event", "ONCRMDEALADD", "handler", handler));

        RawPortal.Reply unknown = app.call("event.bind", map("event", "ONCRMDEALRENAME", "handler", handler));
        RawPortal.Reply twice = app.call("event.bind", map("event", "ONCRMDEALADD", "handler", handler));
        RawPortal.Reply notUrl = app.call("event.bind", map("event", "ONCRMDEALUPDATE", "handler", "not a url"));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).isEqualTo("ERROR_EVENT_NOT_FOUND");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).isEqualTo(
                "{\"error\":\"ERROR_HANDLER_ALREADY_EXIST\",\"error_description\":\"Handler already exists!\"}");
        assertThat(notUrl.error()).isEqualTo("ERROR_HANDLER_URL_MISMATCH");
    }

    @Test
    void onlyAnAdministratorMayBindOfflineOrForAnotherUser() {
        AppClient employee = AppClient.install(portal, 2);

        RawPortal.Reply offline = employee.call("event.bind", map("event", "ONCRMDEALUPDATE", "event_type", "offline"));
        RawPortal.Reply authType = employee.call("event.bind", map("event", "ONCRMDEALUPDATE", "handler", handler,
                "auth_type", 1));

        assertThat(offline.status()).isEqualTo(403);
        assertThat(offline.error()).isEqualTo("ACCESS_DENIED");
        assertThat(authType.status()).isEqualTo(403);
        assertThat(employee.call("event.bind", map("event", "ONCRMDEALUPDATE", "handler", handler)).status())
                .isEqualTo(200);
    }

    @Test
    void aWebhookHasNoApplicationContextToBindIn() {
        RawPortal.Reply reply = webhook.call("event.bind", map("event", "ONCRMDEALUPDATE", "handler", handler));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).isEqualTo(
                "{\"error\":\"ACCESS_DENIED\",\"error_description\":\"Application context required\"}");
    }

    @Test
    void eventsListsTheBindableNames() {
        JsonNode names = app.result("events", map());

        assertThat(names).extracting(JsonNode::asString).contains("ONCRMDEALADD", "ONCRMDYNAMICITEMUPDATE",
                "ONCRMCONTACTUSERFIELDADD", "ONAPPTEST", "ONOFFLINEEVENT");
    }

    @Test
    void anAppHandlerReceivesTokensItCanCallThePortalWithAndItsApplicationToken() {
        app.result("event.bind", map("event", "ONCRMDEALUPDATE", "handler", handler));
        long deal = webhook.add("deal", "Watched");
        webhook.update("deal", deal, "Changed");

        portal.advance(Duration.ofSeconds(1));

        ReceivedEvent event = portal.receiver().received().getFirst();
        assertThat(event.form().keySet()).containsExactly("event", "event_handler_id", "data[FIELDS][ID]", "ts",
                "auth[access_token]", "auth[expires]", "auth[expires_in]", "auth[scope]", "auth[domain]",
                "auth[server_endpoint]", "auth[status]", "auth[client_endpoint]", "auth[member_id]", "auth[user_id]",
                "auth[application_token]");
        assertThat(event.applicationToken()).isEqualTo(app.applicationToken());
        assertThat(event.field("auth[member_id]")).isEqualTo(app.memberId());
        assertThat(event.field("auth[user_id]")).isEqualTo("1");
        assertThat(event.field("auth[expires_in]")).isEqualTo("3600");
        RawPortal.Reply withEventToken = new RawPortal(portal.portal().baseUrl().resolve("rest/")).postJson("crm.deal.get",
                Rest.json(map("id", deal, "auth", event.field("auth[access_token]"))));
        assertThat(withEventToken.status()).isEqualTo(200);
        assertThat(withEventToken.result().get("TITLE").asString()).isEqualTo("Changed");
    }

    @Test
    void eventTestFiresOnAppTestWithTheQueryAndARefreshToken() {
        app.result("event.bind", map("event", "ONAPPTEST", "handler", handler));

        assertThat(app.result("event.test", map("any", "thing")).asInt()).isEqualTo(1);
        portal.advance(Duration.ofSeconds(1));

        ReceivedEvent event = portal.receiver().received().getFirst();
        assertThat(event.event()).isEqualTo("ONAPPTEST");
        assertThat(event.field("data[QUERY][any]")).isEqualTo("thing");
        assertThat(event.field("data[LANGUAGE_ID]")).isNotBlank();
        assertThat(event.field("auth[refresh_token]")).isNotBlank();
        assertThat(event.field("auth[access_token]")).isNotBlank();
    }

    @Test
    void aHandlerBoundForAnotherUserGetsThatUsersTokens() {
        app.result("event.bind", map("event", "ONCRMDEALADD", "handler", handler, "auth_type", 3));
        webhook.add("deal", "By the administrator");

        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received().getFirst().field("auth[user_id]")).isEqualTo("3");
    }
}
