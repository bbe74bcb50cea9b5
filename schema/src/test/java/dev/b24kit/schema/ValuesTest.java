package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** From what a person or an agent says to what each dialect needs, per type; and every refusal's words. */
class ValuesTest {

    private static SchemaPortal portal;
    private static FieldCatalog catalog;

    @BeforeAll
    static void start() {
        portal = SchemaPortal.start();
        portal.call("crm.lead.userfield.add", Map.of("fields", Map.of("FIELD_NAME", "MEETING_AT", "USER_TYPE_ID", "datetime",
                "EDIT_FORM_LABEL", Map.of("en", "Meeting at", "ru", "Встреча"))));
        catalog = portal.catalog();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static Object deal(String field, Object value, Dialect dialect) {
        return resolve(CrmRecord.of(EntityType.DEAL).with(field, value), dialect).values().getFirst().api();
    }

    private static ResolvedRecord resolve(CrmRecord record, Dialect dialect) {
        return catalog.resolve(record, dialect, Operation.UPDATE);
    }

    private static ValueRefused refusal(CrmRecord record, Dialect dialect) {
        try {
            resolve(record, dialect);
        } catch (ValueRefused e) {
            return e;
        }
        throw new AssertionError("not refused: " + record);
    }

    @Test
    void anEnumerationTakesTheLabelTheXmlIdOrTheItemId() {
        EnumItem partner = catalog.field(EntityType.DEAL, "Sales channel").items().get(1);

        assertThat(deal("Sales channel", "партнёр", Dialect.LEGACY)).isEqualTo(Long.toString(partner.id()));
        assertThat(deal("Sales channel", " Партнер ", Dialect.ITEM)).as("ё as е, spacing").isEqualTo(partner.id());
        assertThat(deal("Sales channel", partner.xmlId(), Dialect.LEGACY)).isEqualTo(Long.toString(partner.id()));
        assertThat(deal("Sales channel", partner.id(), Dialect.ITEM)).isEqualTo(partner.id());
    }

    @Test
    void aMultipleEnumerationTakesAListOrOneValue() {
        List<EnumItem> products = catalog.field(EntityType.DEAL, "UF_CRM_PRODUCTS").items();

        assertThat(deal("Products of interest", List.of("Техподдержка", products.getFirst().id()), Dialect.LEGACY))
                .isEqualTo(List.of(Long.toString(products.get(4).id()), Long.toString(products.getFirst().id())));
        assertThat(deal("Products of interest", "Техподдержка", Dialect.ITEM)).isEqualTo(List.of(products.get(4).id()));
    }

    @Test
    void aValueThatIsNoItemIsRefusedListingTheItems() {
        ValueRefused refused = refusal(CrmRecord.of(EntityType.DEAL).with("Sales channel", "Онлайнн"), Dialect.LEGACY);

        assertThat(refused.reason()).isEqualTo(ValueRefused.Reason.NOT_IN_LIST);
        assertThat(refused.field().upper()).isEqualTo("UF_CRM_1721244482270");
        assertThat(refused.given()).isEqualTo("Онлайнн");
        assertThat(refused.accepted()).first().asString().startsWith("Онлайн (");
        assertThat(refused.getMessage()).startsWith("deal field Канал продаж (UF_CRM_1721244482270): 'Онлайнн' is not an item")
                .contains("accepted: Онлайн (", "Тендер (");
    }

    @Test
    void aStageIsResolvedWithinTheRecordsPipeline() {
        EntitySchema deals = catalog.schema(EntityType.DEAL);
        StatusItem second = deals.pipelines().get(1).stages().get(1);
        CrmRecord corporate = CrmRecord.of(EntityType.DEAL).inPipeline("Корпоративные продажи");

        assertThat(resolve(corporate.with("Стадия сделки", second.name()), Dialect.LEGACY).fields()).containsEntry("STAGE_ID", second.statusId());
        assertThat(resolve(corporate.with("STAGE_ID", "NEW"), Dialect.ITEM).fields()).containsEntry("stageId", "C1:NEW");
        assertThat(resolve(CrmRecord.of(EntityType.DEAL).inPipeline(0).with("STAGE_ID", "WON"), Dialect.LEGACY).fields())
                .containsEntry("STAGE_ID", "WON");
        assertThat(resolve(CrmRecord.of(EntityType.DEAL).with("STAGE_ID", "C2:WON"), Dialect.LEGACY).fields())
                .as("an ID names its pipeline").containsEntry("STAGE_ID", "C2:WON");
    }

    @Test
    void aStageOfAnotherPipelineOrOfSeveralIsRefused() {
        ValueRefused other = refusal(CrmRecord.of(EntityType.DEAL).inPipeline(1).with("STAGE_ID", "C2:NEW"), Dialect.LEGACY);
        assertThat(other.getMessage()).contains("'C2:NEW' is a stage of pipeline Partners / Партнёры (2), not of pipeline "
                + "Корпоративные продажи (1); the legacy update would drop it").contains("accepted: ");
        assertThat(other.accepted()).allSatisfy(s -> assertThat(s).contains("C1:"));

        String name = catalog.schema(EntityType.DEAL).pipelines().getFirst().stages().getFirst().name();
        ValueRefused several = refusal(CrmRecord.of(EntityType.DEAL).with("STAGE_ID", name), Dialect.LEGACY);
        assertThat(several.reason()).isEqualTo(ValueRefused.Reason.AMBIGUOUS);
        assertThat(several.accepted()).contains(name + " (NEW)", name + " (C1:NEW)", name + " (C2:NEW)");
    }

    @Test
    void aPipelineByNameAndAMovedDealsStagesFollowIt() {
        ResolvedRecord moved = resolve(CrmRecord.of(EntityType.DEAL).with("Воронка", "partners / партнёры").with("STAGE_ID", "WON"),
                Dialect.ITEM);

        assertThat(moved.fields()).containsEntry("categoryId", 2).containsEntry("stageId", "C2:WON");
    }

    @Test
    void aSmartProcessStageAndSourcesAndTypesByName() {
        EntityType contracts = catalog.entity("Договоры");
        StatusItem stage = catalog.schema(contracts).pipelines().getFirst().stages().get(1);
        assertThat(catalog.resolve(CrmRecord.of(contracts).with("Стадия", stage.name()), Dialect.ITEM, Operation.ADD).fields())
                .containsEntry("stageId", stage.statusId());

        StatusItem source = catalog.schema(EntityType.DEAL).statuses("SOURCE").get(2);
        StatusItem type = catalog.schema(EntityType.DEAL).statuses("DEAL_TYPE").get(1);
        assertThat(resolve(CrmRecord.of(EntityType.DEAL).with("Источник", source.name().toUpperCase()).with("TYPE_ID", type.name()),
                Dialect.LEGACY).fields()).containsEntry("SOURCE_ID", source.statusId()).containsEntry("TYPE_ID", type.statusId());
        StatusItem leadStatus = catalog.schema(EntityType.LEAD).statuses("STATUS").get(1);
        assertThat(catalog.resolve(CrmRecord.of(EntityType.LEAD).with("STATUS_ID", leadStatus.name()), Dialect.LEGACY, Operation.UPDATE)
                .fields()).containsEntry("STATUS_ID", leadStatus.statusId());
    }

    @Test
    void aFlagIsSpelledAsEachMethodFamilyWantsIt() {
        assertThat(deal("VIP client", true, Dialect.LEGACY)).as("a boolean user field in legacy").isEqualTo("1");
        assertThat(deal("VIP client", "нет", Dialect.LEGACY)).isEqualTo("0");
        assertThat(deal("VIP client", "yes", Dialect.ITEM)).isEqualTo("Y");
        assertThat(deal("OPENED", "1", Dialect.LEGACY)).as("a char flag in legacy").isEqualTo("Y");
        assertThat(deal("OPENED", false, Dialect.ITEM)).isEqualTo("N");
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("VIP client", "может быть"), Dialect.LEGACY).accepted())
                .containsExactly("да", "нет");
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("VIP client", "maybe"), Dialect.LEGACY).accepted()).contains("yes", "no");
    }

    @Test
    void datesAndDateTimesAreInThePortalsZone() {
        assertThat(deal("CLOSEDATE", "2025-03-01", Dialect.LEGACY)).isEqualTo("2025-03-01");
        assertThat(deal("CLOSEDATE", "01.03.2025", Dialect.ITEM)).isEqualTo("2025-03-01");
        assertThat(deal("CLOSEDATE", LocalDate.of(2025, 3, 1), Dialect.ITEM)).isEqualTo("2025-03-01");
        assertThat(deal("CLOSEDATE", "2025-02-28T22:30:00Z", Dialect.LEGACY)).as("a moment is a date in Moscow").isEqualTo("2025-03-01");
        assertThat(deal("Next contact date", "2025-03-01", Dialect.LEGACY)).isEqualTo("2025-03-01");

        assertThat(catalog.field(EntityType.LEAD, "Встреча").type()).isEqualTo(FieldType.DATETIME);
        Object local = catalog.resolve(CrmRecord.of(EntityType.LEAD).with("Meeting at", "2025-03-01 10:00"), Dialect.LEGACY, Operation.ADD)
                .values().getFirst().api();
        assertThat(local).isEqualTo("2025-03-01T10:00:00+03:00");
        Object instant = catalog.resolve(CrmRecord.of(EntityType.LEAD).with("Meeting at",
                OffsetDateTime.of(2025, 3, 1, 7, 0, 0, 0, ZoneOffset.UTC)), Dialect.ITEM, Operation.ADD).values().getFirst().api();
        assertThat(instant).isEqualTo("2025-03-01T10:00:00+03:00");

        ValueRefused refused = refusal(CrmRecord.of(EntityType.DEAL).with("CLOSEDATE", "next Tuesday"), Dialect.LEGACY);
        assertThat(refused.getMessage()).contains("is not a date; the legacy methods drop a date they cannot parse");
        assertThat(refused.accepted()).contains("2025-03-01", "01.03.2025");
    }

    @Test
    void moneyAndNumbers() {
        assertThat(deal("Client budget", "1500 RUB", Dialect.LEGACY)).isEqualTo("1500.00|RUB");
        assertThat(deal("Client budget", "1 500,5|usd", Dialect.ITEM)).isEqualTo("1500.50|USD");
        assertThat(deal("Client budget", Map.of("amount", 99, "currency", "EUR"), Dialect.ITEM)).isEqualTo("99.00|EUR");
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("Client budget", "1500"), Dialect.LEGACY).accepted()).contains("1500|RUB");

        assertThat(deal("OPPORTUNITY", "1 500,50", Dialect.LEGACY)).isEqualTo("1500.50");
        assertThat(deal("OPPORTUNITY", 1500.5, Dialect.ITEM)).isEqualTo(new BigDecimal("1500.5"));
        assertThat(deal("PROBABILITY", "40", Dialect.ITEM)).isEqualTo(40L);
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("PROBABILITY", "40.5"), Dialect.LEGACY).getMessage())
                .contains("'40.5' is not a whole number");
        assertThat(deal("CURRENCY_ID", "usd", Dialect.LEGACY)).isEqualTo("USD");
    }

    @Test
    void aUserByIdEmailOrFullName() {
        assertThat(deal("ASSIGNED_BY_ID", "john.miller@example.com", Dialect.LEGACY)).isEqualTo("3");
        assertThat(deal("Ответственный", "John Miller", Dialect.ITEM)).isEqualTo(3L);
        assertThat(deal("ASSIGNED_BY_ID", "miller john", Dialect.ITEM)).isEqualTo(3L);
        assertThat(deal("ASSIGNED_BY_ID", 3, Dialect.ITEM)).isEqualTo(3L);
        ValueRefused nobody = refusal(CrmRecord.of(EntityType.DEAL).with("ASSIGNED_BY_ID", "Nobody Atall"), Dialect.LEGACY);
        assertThat(nobody.getMessage()).contains("'Nobody Atall' is no user of the portal");
    }

    @Test
    void phonesAndEmailsWithTheirTypesInBothDialects() {
        CrmRecord contact = CrmRecord.of(EntityType.CONTACT)
                .with("PHONE", List.of("+7 999 123-45-67", "мобильный: +7 921 000-00-00"))
                .with("E-mail", Map.of("value", "anna@example.com", "type", "home"));

        assertThat(catalog.resolve(contact, Dialect.LEGACY, Operation.ADD).fields())
                .containsEntry("PHONE", List.of(Map.of("VALUE", "+7 999 123-45-67", "VALUE_TYPE", "WORK"),
                        Map.of("VALUE", "+7 921 000-00-00", "VALUE_TYPE", "MOBILE")))
                .containsEntry("EMAIL", List.of(Map.of("VALUE", "anna@example.com", "VALUE_TYPE", "HOME")));
        assertThat(catalog.resolve(contact, Dialect.ITEM, Operation.ADD).fields().get("fm")).isEqualTo(List.of(
                Map.of("typeId", "PHONE", "valueType", "WORK", "value", "+7 999 123-45-67"),
                Map.of("typeId", "PHONE", "valueType", "MOBILE", "value", "+7 921 000-00-00"),
                Map.of("typeId", "EMAIL", "valueType", "HOME", "value", "anna@example.com")));
        assertThat(refusal(CrmRecord.of(EntityType.CONTACT).with("EMAIL", "anna at example"), Dialect.LEGACY).getMessage())
                .contains("'anna at example' is not a valid email");
        assertThat(refusal(CrmRecord.of(EntityType.CONTACT).with("PHONE", "PAGERX: 12345"), Dialect.LEGACY).accepted())
                .contains("MOBILE", "WORK");
    }

    @Test
    void fieldsThePortalWouldDropAreRefused() {
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("DATE_CREATE", "2025-01-01"), Dialect.LEGACY).getMessage())
                .contains("read-only").contains("(§8)");
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("Воронка", 1), Dialect.LEGACY).getMessage())
                .contains("cannot change on update through crm.deal.*").contains("change it through crm.item.update");
        assertThat(resolve(CrmRecord.of(EntityType.DEAL).with("Воронка", 1), Dialect.ITEM).fields()).containsEntry("categoryId", 1);
        assertThat(catalog.resolve(CrmRecord.of(EntityType.DEAL).with("Воронка", 1), Dialect.LEGACY, Operation.ADD).fields())
                .containsEntry("CATEGORY_ID", "1");
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("observers", 1), Dialect.LEGACY).getMessage())
                .contains("is not a field of crm.deal.*");
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("Sales channel", List.of("Онлайн", "Тендер")), Dialect.LEGACY).reason())
                .isEqualTo(ValueRefused.Reason.WRONG_SHAPE);
        assertThat(refusal(CrmRecord.of(EntityType.DEAL).with("UF_CRM_PRODUCTS", null), Dialect.ITEM).getMessage())
                .contains("cannot clear a multiple field through crm.item");
        assertThat(resolve(CrmRecord.of(EntityType.DEAL).with("UF_CRM_PRODUCTS", null), Dialect.LEGACY).fields())
                .containsEntry("UF_CRM_PRODUCTS", "");
    }
}
