package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;

/** Multi-fields are written by item ID, and the optimistic check refuses an update of a record changed since. */
class MultiFieldsAndChecksTest {

    @RegisterExtension
    static final PortalPerClass shared = new PortalPerClass();

    private static JsonNode phones(long contact) {
        return shared.portal.call("crm.contact.get", Map.of("id", contact)).path("PHONE");
    }

    @Test
    void settingThePhoneReplacesItInsteadOfAddingASecondOne() {
        long contact = shared.writes.create("contact", Map.of("NAME", "Ivan", "PHONE", "WORK: +7 999 000-00-01"), "ivan-1").recordId();

        Receipt receipt = shared.writes.update("contact", contact, Map.of("PHONE", "+7 999 000-00-02"));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(phones(contact)).hasSize(1);
        assertThat(phones(contact).get(0).get("VALUE").asString()).isEqualTo("+7 999 000-00-02");
    }

    @Test
    void clearingThePhoneRemovesItsItemsByTheirIds() {
        long contact = shared.writes.create("contact", Map.of("NAME", "Olga",
                "PHONE", List.of("WORK: +7 999 000-00-03", "MOBILE: +7 999 000-00-04")), "olga-1").recordId();

        Receipt receipt = shared.writes.update("contact", contact, java.util.Collections.singletonMap("PHONE", null));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
        assertThat(phones(contact).isEmpty() || phones(contact).isMissingNode()).as("phones left: %s", phones(contact)).isTrue();
    }

    @Test
    void anUpdateOfARecordChangedSinceItWasReadIsRefusedAndNothingIsWritten() {
        long deal = shared.portal.dealIn(1);
        OffsetDateTime readAt = OffsetDateTime.parse(shared.portal.deal(deal).get("DATE_MODIFY").asString()).minusDays(1);

        Receipt receipt = shared.writes.apply(Change.update("deal", deal, Map.of("TITLE", "Stale view")).ifUnchangedSince(readAt));

        assertThat(receipt).isInstanceOfSatisfying(Receipt.Refused.class, r -> assertThat(r.field()).isEqualTo("DATE_MODIFY"));
        assertThat(shared.portal.deal(deal).get("TITLE").asString()).isNotEqualTo("Stale view");
    }

    @Test
    void anUpdateOfARecordUnchangedSinceItWasReadIsWritten() {
        long deal = shared.portal.dealIn(1);
        OffsetDateTime readAt = OffsetDateTime.parse(shared.portal.deal(deal).get("DATE_MODIFY").asString());

        Receipt receipt = shared.writes.apply(Change.update("deal", deal, Map.of("TITLE", "Fresh view")).ifUnchangedSince(readAt));

        assertThat(receipt).isInstanceOf(Receipt.Confirmed.class);
    }
}
