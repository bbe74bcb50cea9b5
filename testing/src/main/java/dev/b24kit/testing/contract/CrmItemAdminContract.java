package dev.b24kit.testing.contract;

import static dev.b24kit.testing.contract.JsonCall.list;
import static dev.b24kit.testing.contract.JsonCall.map;
import static dev.b24kit.testing.contract.UniversalCalls.description;
import static dev.b24kit.testing.contract.UniversalCalls.entityTypeId;
import static dev.b24kit.testing.contract.UniversalCalls.error;
import static dev.b24kit.testing.contract.UniversalCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testing.EventReceiver;
import dev.b24kit.testing.ReceivedEvent;

/**
 * crm.item behaviours around user fields, time and silent drops (§8, §9.2): enumeration values that
 * are not items, mandatory fields, an update that changes nothing (not saved: needs a portal clock the
 * admin API can move), and strict mode (admin {@code silent-drops}). Tests that need the admin API are
 * skipped against a live portal.
 */
public abstract class CrmItemAdminContract {

    protected abstract ContractTarget target();

    private UniversalCalls calls() {
        return new UniversalCalls(new RawPortal(target().webhookUrl()));
    }

    private LimitKnobs knobs() {
        URI admin = target().adminUrl().orElse(null);
        Assumptions.assumeTrue(admin != null, "needs the test portal's admin API");
        return new LimitKnobs(admin);
    }

    /** Moves the portal clock an hour on, or skips the test when the clock cannot move. */
    private void advanceClock() {
        RawPortal.Reply reply = knobs().post("clock", "advance", "PT1H");
        Assumptions.assumeTrue(reply.status() == 200, "needs a virtual clock: " + reply.body());
    }

    @Test
    void anUpdateThatChangesNothingIsNotSaved() {
        UniversalCalls calls = calls();
        JsonNode deal = calls.addItem(2, "title", "Без изменений", "opportunity", 100);
        advanceClock();

        JsonNode same = calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(deal), "fields",
                map("title", "Без изменений", "opportunity", 100.0, "unknownKey", 1))).get("item");

        assertThat(same.get("updatedTime").asString()).isEqualTo(deal.get("updatedTime").asString());
        JsonNode changed = calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(deal), "fields",
                map("title", "С изменением"))).get("item");
        assertThat(changed.get("updatedTime").asString()).isNotEqualTo(deal.get("updatedTime").asString());
    }

    @Test
    void anUpdateThatChangesNothingRaisesNoEvent() {
        UniversalCalls calls = calls();
        LimitKnobs knobs = knobs();
        try (EventReceiver receiver = EventReceiver.start()) {
            knobs.set("events/delivery", "preset", "prompt");
            long hook = knobs.set("events/webhooks", "handler", receiver.url().toString(), "events",
                    "ONCRMDEALUPDATE").get("id").asLong();
            try {
                JsonNode deal = calls.addItem(2, "title", "Событие");
                calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(deal), "fields", map("title", "Событие")));
                calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(deal), "fields", map("title", "Другое")));
                knobs.post("events/deliver");

                ReceivedEvent first = receiver.take(Duration.ofSeconds(10));
                assertThat(first.entityId()).isEqualTo(Long.toString(id(deal)));
                assertThat(receiver.received("ONCRMDEALUPDATE")).hasSize(1);
            } finally {
                knobs.set("events/webhooks", "remove", Long.toString(hook));
            }
        }
    }

    @Test
    void enumerationValuesThatAreNotItemsAreDroppedSilentlyOrRefusedInStrictMode() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Списки");
        long entityTypeId = entityTypeId(type);
        JsonNode field = calls.addUserField("CRM_" + id(type), "UF_CRM_" + id(type) + "_1700000100", "enumeration",
                "enum", list(map("value", "Первый"), map("value", "Второй")));
        long first = field.get("enum").get(0).get("id").asLong();
        String camel = "ufCrm" + id(type) + "_1700000100";
        JsonNode item = calls.addItem(entityTypeId, camel, first);
        assertThat(item.get(camel).asLong()).isEqualTo(first);

        JsonNode kept = calls.ok("crm.item.update", map("entityTypeId", entityTypeId, "id", id(item), "fields",
                map(camel, "Второй"))).get("item");
        assertThat(kept.get(camel).asLong()).isEqualTo(first);

        LimitKnobs knobs = knobs();
        knobs.set("silent-drops", "enumValues", "strict");
        try {
            RawPortal.Reply refused = calls.fails("crm.item.update", map("entityTypeId", entityTypeId,
                    "id", id(item), "fields", map(camel, 999_999)));
            assertThat(error(refused)).isEqualTo("TESTPORTAL_STRICT_DROP");
            assertThat(description(refused)).contains(camel).contains("Первый");
        } finally {
            knobs.set("silent-drops", "all", "silent");
        }
    }

    @Test
    void strictModeRefusesUnknownAndReadOnlyFields() {
        UniversalCalls calls = calls();
        LimitKnobs knobs = knobs();
        knobs.set("silent-drops", "all", "strict");
        try {
            RawPortal.Reply unknown = calls.fails("crm.item.add", map("entityTypeId", 2, "fields",
                    map("titel", "опечатка")));
            assertThat(error(unknown)).isEqualTo("TESTPORTAL_STRICT_DROP");
            assertThat(description(unknown)).contains("'titel'");
            RawPortal.Reply readOnly = calls.fails("crm.item.add", map("entityTypeId", 2, "fields",
                    map("createdTime", "2020-01-01")));
            assertThat(description(readOnly)).contains("read-only");
        } finally {
            knobs.set("silent-drops", "all", "silent");
        }
    }

    @Test
    void aMandatoryUserFieldMustBeFilled() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Обязательные");
        calls.addUserField("CRM_" + id(type), "UF_CRM_" + id(type) + "_MUST", "string", "mandatory", "Y",
                "editFormLabel", map("ru", "Обязательное поле"));

        RawPortal.Reply reply = calls.fails("crm.item.add", map("entityTypeId", entityTypeId(type), "fields",
                map("title", "Без поля")));

        assertThat(error(reply)).isEqualTo("CRM_FIELD_ERROR_REQUIRED");
        assertThat(description(reply)).contains("Обязательное поле");
        JsonNode item = calls.addItem(entityTypeId(type), "ufCrm" + id(type) + "Must", "есть");
        assertThat(item.get("ufCrm" + id(type) + "Must").asString()).isEqualTo("есть");
    }
}
