package dev.b24kit.writes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input is refused with a clear reason, before any request, and leaves the portal and the store as they were. */
class BadInputTest {

    @RegisterExtension
    static final PortalPerClass shared = new PortalPerClass();

    private static Receipt.Refused refusedWithoutARequest(Change change) {
        long before = shared.portal.requests();
        Receipt receipt = shared.writes.apply(change);
        assertThat(shared.portal.requests()).as("requests").isEqualTo(before);
        assertThat(shared.portal.store.journal().unresolved()).as("journal entries left").isEmpty();
        if (change.isCreate()) {
            assertThat(shared.portal.store.journal().findByKey(shared.portal.origin(), "deal", change.key())).isEmpty();
        }
        assertThat(receipt).isInstanceOf(Receipt.Refused.class);
        assertThat(receipt.journalId()).isNull();
        return (Receipt.Refused) receipt;
    }

    @Test
    void anUnknownEntityIsRefusedNamingTheKnownOnes() {
        Receipt.Refused refused = refusedWithoutARequest(Change.update("dael", 1, Map.of("TITLE", "x")));

        assertThat(refused.value()).isEqualTo("dael");
        assertThat(refused.accepted()).contains("deal");
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheClosest() {
        Receipt.Refused refused = refusedWithoutARequest(Change.create("deal", Map.of("Client budgt", "1 RUB"), "k-unknown-field"));

        assertThat(refused.reason()).isEqualTo("deal has no field 'Client budgt'; closest: Client budget (UF_CRM_BUDGET)");
    }

    @Test
    void aMalformedValueIsRefusedNamingFieldValueAndAcceptedValues() {
        Receipt.Refused refused = refusedWithoutARequest(Change.update("deal", 1, Map.of("Sales channel", "Онлайнн")));

        assertThat(refused.field()).contains("UF_CRM_1721244482270");
        assertThat(refused.value()).isEqualTo("Онлайнн");
        assertThat(refused.accepted()).first().asString().startsWith("Онлайн");
    }

    @Test
    void anOversizeValueIsRefused() {
        Receipt.Refused refused = refusedWithoutARequest(Change.update("deal", 1, Map.of("TITLE", "x".repeat(70_000))));

        assertThat(refused.reason()).contains("70000 characters", "65535");
        assertThat(refused.field()).isEqualTo("TITLE");
    }
}
