package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** One record, written through either dialect and read back through either: one canonical view. */
class DialectsTest {

    private static SchemaPortal portal;
    private static FieldCatalog catalog;

    @BeforeAll
    static void start() {
        portal = SchemaPortal.start();
        catalog = portal.catalog();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static final CrmRecord DEAL = CrmRecord.of(EntityType.DEAL)
            .with("TITLE", "Поставка серверов")
            .with("Sales channel", "Партнёр")
            .with("Products of interest", List.of("Техподдержка", "Обучение персонала"))
            .with("VIP client", "да")
            .with("Discount, %", "7,5")
            .with("Next contact date", "15.04.2025")
            .with("Client budget", "250000 USD")
            .with("Стадия сделки", "NEW")
            .inPipeline(0);

    private static Map<String, Object> canonical(RecordView view) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : DEAL.values().keySet()) {
            RecordView.Entry entry = view.get(name);
            values.put(name, entry.value() + " / " + entry.text());
        }
        return values;
    }

    @Test
    void aRecordWrittenThroughEitherDialectReadsTheSameThroughEither() {
        long legacyId = portal.call("crm.deal.add", Map.of("fields",
                catalog.resolve(DEAL, Dialect.LEGACY, Operation.ADD).fields())).asLong();
        JsonNode added = portal.call("crm.item.add", Map.of("entityTypeId", 2,
                "fields", catalog.resolve(DEAL, Dialect.ITEM, Operation.ADD).fields()));
        long itemId = added.get("item").get("id").asLong();

        RecordView legacyByLegacy = catalog.read(EntityType.DEAL, portal.call("crm.deal.get", Map.of("id", legacyId)));
        RecordView legacyByItem = catalog.read(EntityType.DEAL, portal.call("crm.item.get", Map.of("entityTypeId", 2, "id", legacyId)));
        RecordView itemByLegacy = catalog.read(EntityType.DEAL, portal.call("crm.deal.get", Map.of("id", itemId)));
        RecordView itemByItem = catalog.read(EntityType.DEAL, portal.call("crm.item.get", Map.of("entityTypeId", 2, "id", itemId)));

        assertThat(legacyByLegacy.dialect()).isEqualTo(Dialect.LEGACY);
        assertThat(legacyByItem.dialect()).isEqualTo(Dialect.ITEM);
        Map<String, Object> expected = canonical(legacyByLegacy);
        assertThat(canonical(legacyByItem)).isEqualTo(expected);
        assertThat(canonical(itemByLegacy)).isEqualTo(expected);
        assertThat(canonical(itemByItem)).isEqualTo(expected);

        assertThat(legacyByItem.get("Sales channel").text()).isEqualTo("Партнёр");
        assertThat(legacyByItem.get("Products of interest").labels()).containsExactly("Техподдержка", "Обучение персонала");
        assertThat(legacyByItem.get("VIP client").value()).isEqualTo(true);
        assertThat(legacyByLegacy.get("Discount, %").value()).isEqualTo(new BigDecimal("7.5"));
        assertThat(legacyByLegacy.get("Next contact date").value()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(legacyByItem.get("Client budget").value()).isEqualTo("250000.00|USD");
        assertThat(legacyByItem.get("STAGE_ID").text()).isEqualTo("Новая");
    }

    @Test
    void aValueReadInOneSpellingIsFoundByTheOther() {
        JsonNode item = portal.call("crm.item.get", Map.of("entityTypeId", 2, "id", 1));
        RecordView view = catalog.read(EntityType.DEAL, item);

        assertThat(view.get("UF_CRM_1721244482270")).isEqualTo(view.get("ufCrm_1721244482270")).isEqualTo(view.get("канал продаж"));
        assertThat(view.get("DATE_CREATE").value()).isEqualTo(view.get("createdTime").value()).isNotNull();
        assertThat(view.toJson().get("UF_CRM_1721244482270").get("camel").asString()).isEqualTo("ufCrm_1721244482270");
        assertThat(view.unknown()).containsOnlyKeys("entityTypeId");
    }

    @Test
    void phonesReadFromFmAndFromTheLegacyListAlike() {
        JsonNode legacy = portal.call("crm.contact.get", Map.of("id", 1));
        JsonNode item = portal.call("crm.item.get", Map.of("entityTypeId", 3, "id", 1));

        RecordView a = catalog.read(EntityType.CONTACT, legacy);
        RecordView b = catalog.read(EntityType.CONTACT, item);
        assertThat(a.get("PHONE").value()).isEqualTo(b.get("Телефон").value()).asList().isNotEmpty();
    }
}
