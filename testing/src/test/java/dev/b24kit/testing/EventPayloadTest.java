package dev.b24kit.testing;

import static dev.b24kit.testing.Rest.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.EventDelivery;

/**
 * Which changes raise which events and what a handler receives (§10.1, §10.2), over HTTP: outgoing
 * webhooks configured through the admin API or from code, CRM changes made with plain REST calls,
 * deliveries received by a loopback {@link EventReceiver}.
 */
class EventPayloadTest {

    @RegisterExtension
    static final TestPortalExtension portal = TestPortalExtension.builder().virtualTime().build();

    private Rest rest;
    private AdminClient admin;

    @BeforeEach
    void promptDelivery() {
        rest = new Rest(portal.webhookUrl());
        admin = new AdminClient(portal);
        portal.events().delivery(EventDelivery.PROMPT);
    }

    @Test
    void anOutgoingWebhookAddedThroughTheAdminApiReceivesADealAddAsAFormPostShapedAsTheDocsShow() {
        JsonNode added = admin.set("events/webhooks", "handler", portal.receiver().url().toString(),
                "events", "ONCRMDEALADD,ONCRMDEALUPDATE");
        long id = rest.add("deal", "Ships on Friday");
        long raisedAt = portal.clock().instant().getEpochSecond();

        portal.advance(Duration.ofSeconds(1));

        List<ReceivedEvent> received = portal.receiver().received();
        assertThat(received).hasSize(1);
        ReceivedEvent event = received.getFirst();
        assertThat(event.httpMethod()).isEqualTo("POST");
        assertThat(event.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(event.form().keySet()).containsExactly("event", "event_handler_id", "data[FIELDS][ID]", "ts",
                "auth[domain]", "auth[server_endpoint]", "auth[client_endpoint]", "auth[member_id]",
                "auth[application_token]");
        assertThat(event.event()).isEqualTo("ONCRMDEALADD");
        assertThat(event.handlerId()).isEqualTo(added.get("id").asLong());
        assertThat(event.entityId()).isEqualTo(Long.toString(id));
        assertThat(event.ts()).isEqualTo(raisedAt);
        assertThat(event.applicationToken()).isEqualTo(added.get("application_token").asString()).hasSize(32);
        URI base = portal.portal().baseUrl();
        assertThat(event.field("auth[domain]")).isEqualTo(base.getAuthority());
        assertThat(event.field("auth[client_endpoint]")).isEqualTo(base + "rest/");
    }

    @Test
    void anOutgoingWebhookGetsNoTokensOnlyItsApplicationToken() {
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMLEADADD"));
        rest.add("lead", "A lead");

        portal.advance(Duration.ofSeconds(1));

        ReceivedEvent event = portal.receiver().received().getFirst();
        assertThat(event.form()).doesNotContainKeys("auth[access_token]", "auth[refresh_token]", "auth[expires]",
                "auth[user_id]", "auth[scope]", "auth[status]");
    }

    @Test
    void everyLegacyEntityRaisesItsAddUpdateAndDeleteEvents() {
        List<String> entities = List.of("deal", "contact", "company", "lead");
        List<String> names = entities.stream().flatMap(e -> List.of("ADD", "UPDATE", "DELETE").stream()
                .map(kind -> "ONCRM" + e.toUpperCase() + kind)).toList();
        portal.events().addOutgoingWebhook(portal.receiver().url(), names);
        List<String> expected = new java.util.ArrayList<>();
        for (String entity : entities) {
            long id = rest.add(entity, "First");
            rest.update(entity, id, "Second");
            rest.delete(entity, id);
            String upper = entity.toUpperCase();
            expected.addAll(List.of("ONCRM" + upper + "ADD " + id, "ONCRM" + upper + "UPDATE " + id,
                    "ONCRM" + upper + "DELETE " + id));
        }

        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).extracting(e -> e.event() + " " + e.entityId())
                .containsExactlyElementsOf(expected);
        assertThat(portal.receiver().received()).allSatisfy(e -> assertThat(e.entityTypeId()).isNull());
    }

    @Test
    void theUniversalApiRaisesTheSameEventsForDealsAsTheLegacyOne() {
        portal.events().addOutgoingWebhook(portal.receiver().url(),
                List.of("ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDYNAMICITEMADD"));
        long id = rest.result("crm.item.add", map("entityTypeId", 2, "fields", map("title", "Via crm.item")))
                .get("item").get("id").asLong();
        rest.result("crm.item.update", map("entityTypeId", 2, "id", id, "fields", map("title", "Renamed")));

        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).extracting(e -> e.event() + " " + e.entityId())
                .containsExactly("ONCRMDEALADD " + id, "ONCRMDEALUPDATE " + id);
    }

    @Test
    void aSmartProcessRaisesTheDynamicItemEventsAndThePerTypeOnesWithItsEntityTypeId() {
        int type = rest.result("crm.type.add", map("fields", map("title", "Contracts"))).get("type")
                .get("entityTypeId").asInt();
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDYNAMICITEMADD",
                "ONCRMDYNAMICITEMUPDATE", "ONCRMDYNAMICITEMDELETE", "ONCRMDYNAMICITEMUPDATE_" + type));
        long id = rest.result("crm.item.add", map("entityTypeId", type, "fields", map("title", "No. 1")))
                .get("item").get("id").asLong();
        rest.result("crm.item.update", map("entityTypeId", type, "id", id, "fields", map("title", "No. 1a")));
        rest.result("crm.item.delete", map("entityTypeId", type, "id", id));

        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).extracting(e -> e.event() + " " + e.entityId() + " " + e.entityTypeId())
                .containsExactly("ONCRMDYNAMICITEMADD " + id + " " + type, "ONCRMDYNAMICITEMUPDATE " + id + " " + type,
                        "ONCRMDYNAMICITEMUPDATE_" + type + " " + id + " " + type,
                        "ONCRMDYNAMICITEMDELETE " + id + " " + type);
    }

    @Test
    void userFieldChangesRaiseUserFieldEventsWithTheFieldsIdEntityAndName() {
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUSERFIELDADD",
                "ONCRMDEALUSERFIELDUPDATE", "ONCRMDEALUSERFIELDDELETE", "ONCRMDEALUSERFIELDSETENUMVALUES"));
        long id = rest.result("crm.deal.userfield.add", map("fields", map("FIELD_NAME", "DELIVERY_KIND",
                "USER_TYPE_ID", "enumeration", "LIST", List.of(map("VALUE", "Courier"), map("VALUE", "Pickup")))))
                .asLong();
        rest.result("crm.deal.userfield.update", map("id", id, "fields", map("SORT", 200)));
        rest.result("crm.deal.userfield.update", map("id", id, "fields", map("LIST", List.of(map("VALUE", "Post")))));
        rest.result("crm.deal.userfield.delete", map("id", id));

        portal.advance(Duration.ofSeconds(1));

        List<ReceivedEvent> received = portal.receiver().received();
        assertThat(received).extracting(ReceivedEvent::event).containsExactly("ONCRMDEALUSERFIELDADD",
                "ONCRMDEALUSERFIELDSETENUMVALUES", "ONCRMDEALUSERFIELDUPDATE", "ONCRMDEALUSERFIELDUPDATE",
                "ONCRMDEALUSERFIELDSETENUMVALUES", "ONCRMDEALUSERFIELDDELETE");
        assertThat(received).allSatisfy(event -> {
            assertThat(event.entityId()).isEqualTo(Long.toString(id));
            assertThat(event.field("data[FIELDS][ENTITY_ID]")).isEqualTo("CRM_DEAL");
            assertThat(event.field("data[FIELDS][FIELD_NAME]")).isEqualTo("UF_CRM_DELIVERY_KIND");
        });
    }

    @Test
    void aRefusedWriteRaisesNothing() {
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALUPDATE"));

        assertThat(rest.call("crm.deal.update", map("id", 999_999, "fields", map("TITLE", "x"))).status())
                .isEqualTo(400);
        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).isEmpty();
        assertThat(portal.events().deliveries(0, null, 100)).isEmpty();
    }

    @Test
    void onlyTheEventsAWebhookListensToAreSentToIt() {
        portal.events().addOutgoingWebhook(portal.receiver().url(), List.of("ONCRMDEALDELETE"));
        long id = rest.add("deal", "Kept for a while");
        rest.update("deal", id, "Still here");
        rest.delete("deal", id);

        portal.advance(Duration.ofSeconds(1));

        assertThat(portal.receiver().received()).extracting(ReceivedEvent::event).containsExactly("ONCRMDEALDELETE");
    }
}
