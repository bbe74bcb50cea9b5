package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The field catalog against a seeded test portal: what it loads, in how many requests, and lookups. */
class FieldCatalogTest {

    private SchemaPortal portal;

    @BeforeEach
    void start() {
        portal = SchemaPortal.start();
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void loadsEveryEntityInTwoRequestsAndLooksUpWithoutAny() {
        FieldCatalog catalog = portal.catalog();

        assertThat(catalog.entities()).extracting(EntityType::key)
                .containsExactly("lead", "deal", "contact", "company", "item:1030");
        assertThat(portal.requests()).as("one batch for the standard entities, one for the smart process").isEqualTo(2);

        for (EntityType entity : catalog.entities()) {
            assertThat(catalog.schema(entity).fields()).isNotEmpty();
        }
        catalog.field(EntityType.DEAL, "Бюджет клиента");
        catalog.field(catalog.entity("Договоры"), "Номер договора");
        catalog.resolve(CrmRecord.of(EntityType.DEAL).with("Sales channel", "Онлайн"), Dialect.LEGACY, Operation.UPDATE);
        assertThat(portal.requests()).as("lookups after the load").isEqualTo(2);
    }

    @Test
    void findsAFieldByEitherCodeOrAnyLabelIgnoringCaseAndSpacing() {
        FieldCatalog catalog = portal.catalog();
        FieldRef budget = catalog.field(EntityType.DEAL, "UF_CRM_BUDGET");

        for (String name : List.of("ufCrmBudget", "uf_crm_budget", "  client   BUDGET ", "бюджет клиента", "БЮДЖЕТ  Клиента")) {
            assertThat(catalog.field(EntityType.DEAL, name)).as(name).isEqualTo(budget);
        }
        assertThat(budget.camel()).isEqualTo("ufCrmBudget");
        assertThat(budget.title()).isEqualTo("Бюджет клиента");
        assertThat(budget.label("en")).isEqualTo("Client budget");
        assertThat(budget.type()).isEqualTo(FieldType.MONEY);
        assertThat(budget.custom()).isTrue();
    }

    @Test
    void joinsTheLegacyAndItemNamesOfOneField() {
        EntitySchema deals = portal.catalog().schema(EntityType.DEAL);

        assertThat(deals.field("DATE_CREATE").camel()).isEqualTo("createdTime");
        assertThat(deals.field("createdBy").upper()).isEqualTo("CREATED_BY_ID");
        FieldRef channel = deals.field("Sales channel");
        assertThat(channel.upper()).isEqualTo("UF_CRM_1721244482270");
        assertThat(channel.camel()).isEqualTo("ufCrm_1721244482270");
        assertThat(channel.items()).extracting(EnumItem::value).containsExactly("Онлайн", "Партнёр", "Прямые продажи", "Тендер");
        assertThat(channel.items()).allSatisfy(item -> assertThat(item.xmlId()).isNotEmpty());
        assertThat(deals.field("CATEGORY_ID").immutableIn()).containsExactly(Dialect.LEGACY);
        assertThat(deals.field("DATE_CREATE").readOnly()).isTrue();
        assertThat(deals.field("CONTACT_ID").deprecated()).isTrue();
        assertThat(deals.field("observers").dialects()).containsExactly(Dialect.ITEM);
    }

    @Test
    void everyUserFieldsCamelCodeIsWhatTheNamingRuleGives() {
        FieldCatalog catalog = portal.catalog();
        for (EntityType entity : catalog.entities()) {
            for (FieldRef field : catalog.schema(entity).fields()) {
                if (field.custom()) {
                    assertThat(UfNaming.toCamel(field.upper())).as(field.upper()).isEqualTo(field.camel());
                }
            }
        }
        assertThat(catalog.field(catalog.entity("item:1030"), "UF_CRM_1_1721244492550").camel()).isEqualTo("ufCrm1_1721244492550");
    }

    @Test
    void knowsEachPipelineWithItsStagesAndTheSmartProcessStages() {
        FieldCatalog catalog = portal.catalog();
        EntitySchema deals = catalog.schema(EntityType.DEAL);

        assertThat(deals.pipelines()).extracting(Pipeline::name).containsExactly("Общая", "Корпоративные продажи", "Partners / Партнёры");
        assertThat(deals.pipelines().get(1).stages()).extracting(StatusItem::statusId).startsWith("C1:NEW").contains("C1:WON");
        EntitySchema contracts = catalog.schema(catalog.entity("1030"));
        assertThat(contracts.pipelines()).singleElement().satisfies(p ->
                assertThat(p.stages()).extracting(StatusItem::statusId).first().isEqualTo("DT1030_3:NEW"));
        assertThat(deals.statuses("SOURCE")).isNotEmpty();
    }

    @Test
    void anUnknownNameIsRefusedWithTheClosestNamesInItsLanguage() {
        FieldCatalog catalog = portal.catalog();

        assertThatThrownBy(() -> catalog.field(EntityType.DEAL, "Client budgt")).isInstanceOfSatisfying(UnknownField.class, e -> {
            assertThat(e.accepted()).first().isEqualTo("Client budget (UF_CRM_BUDGET)");
            assertThat(e.getMessage()).startsWith("deal has no field 'Client budgt'; closest: Client budget (UF_CRM_BUDGET)");
        });
        assertThatThrownBy(() -> catalog.field(EntityType.DEAL, "Бюджет клента")).isInstanceOfSatisfying(UnknownField.class,
                e -> assertThat(e.accepted()).first().isEqualTo("Бюджет клиента (UF_CRM_BUDGET)"));
    }

    @Test
    void aLabelOfSeveralFieldsIsRefusedListingThem() {
        portal.call("crm.deal.userfield.add", Map.of("fields", Map.of("FIELD_NAME", "BUDGET_2025", "USER_TYPE_ID", "money",
                "EDIT_FORM_LABEL", Map.of("en", "Client budget", "ru", "Бюджет клиента"))));
        FieldCatalog catalog = portal.catalog();

        assertThatThrownBy(() -> catalog.field(EntityType.DEAL, "client budget")).isInstanceOfSatisfying(AmbiguousField.class,
                e -> assertThat(e.candidates()).extracting(FieldRef::upper).containsExactly("UF_CRM_BUDGET", "UF_CRM_BUDGET_2025"));
        assertThat(catalog.field(EntityType.DEAL, "ufCrm_BUDGET_2025").upper()).isEqualTo("UF_CRM_BUDGET_2025");
    }

    @Test
    void fieldsCreatedWithEdgeNamesAreFoundInBothSpellings() {
        FieldCatalog catalog = portal.catalog();
        catalog.entities();
        portal.call("crm.deal.userfield.add", Map.of("fields", Map.of("FIELD_NAME", "3_DIGIT10", "USER_TYPE_ID", "string",
                "EDIT_FORM_LABEL", Map.of("en", "Edge digits"))));
        portal.call("userfieldconfig.add", Map.of("moduleId", "crm", "field", Map.of("entityId", "CRM_1",
                "fieldName", "UF_CRM_1_1700000000", "userTypeId", "string", "editFormLabel", Map.of("en", "Contract code"))));
        portal.clock.advance(Duration.ofMinutes(1));

        FieldRef edge = catalog.field(EntityType.DEAL, "Edge digits");
        assertThat(edge.upper()).isEqualTo("UF_CRM_3_DIGIT10");
        assertThat(edge.camel()).isEqualTo("ufCrm_3_DIGIT10");
        assertThat(catalog.field(EntityType.DEAL, "ufCrm_3_DIGIT10")).isEqualTo(edge);
        FieldRef code = catalog.field(catalog.entity("Договоры"), "contract code");
        assertThat(code.camel()).isEqualTo("ufCrm1_1700000000");
        assertThat(catalog.field(code.entity(), "UF_CRM_1_1700000000")).isEqualTo(code);
    }

    @Test
    void anEnumItemAddedAfterTheLoadIsFoundWithoutARestart() {
        FieldCatalog catalog = portal.catalog();
        CrmRecord expo = CrmRecord.of(EntityType.DEAL).with("Sales channel", "Выставка");
        assertThatThrownBy(() -> catalog.resolve(expo, Dialect.LEGACY, Operation.UPDATE)).isInstanceOf(ValueRefused.class);
        long before = portal.requests();

        JsonNode field = portal.call("crm.deal.userfield.list", Map.of("filter", Map.of("FIELD_NAME", "UF_CRM_1721244482270"))).get(0);
        portal.call("crm.deal.userfield.update", Map.of("id", field.get("ID").asString(),
                "fields", Map.of("LIST", List.of(Map.of("VALUE", "Выставка", "XML_ID", "expo")))));
        portal.clock.advance(Duration.ofSeconds(11));

        Object id = catalog.resolve(expo, Dialect.LEGACY, Operation.UPDATE).fields().get("UF_CRM_1721244482270");
        assertThat(catalog.schema(EntityType.DEAL).field("Sales channel").items())
                .filteredOn(i -> i.value().equals("Выставка")).singleElement()
                .satisfies(i -> assertThat(id).isEqualTo(Long.toString(i.id())));
        assertThat(portal.requests() - before).as("the update and list calls, then one load").isEqualTo(2 + 2);
    }

    @Test
    void aMissWithinTheCooldownDoesNotLoadAgain() {
        FieldCatalog catalog = portal.catalog();
        catalog.entities();

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> catalog.field(EntityType.DEAL, "no such field")).isInstanceOf(UnknownField.class);
        }
        assertThat(portal.requests()).isEqualTo(2);
        portal.clock.advance(Duration.ofSeconds(10));
        assertThatThrownBy(() -> catalog.field(EntityType.DEAL, "no such field")).isInstanceOf(UnknownField.class);
        assertThat(portal.requests()).as("one load after the cooldown").isEqualTo(4);
    }

    @Test
    void loadsAgainAfterTheTtlAndOnDemand() {
        FieldCatalog catalog = portal.catalog();
        catalog.entities();
        portal.clock.advance(Duration.ofMinutes(9));
        catalog.field(EntityType.DEAL, "TITLE");
        assertThat(portal.requests()).isEqualTo(2);

        portal.clock.advance(Duration.ofMinutes(1));
        catalog.field(EntityType.DEAL, "TITLE");
        assertThat(portal.requests()).isEqualTo(4);
        catalog.refresh();
        assertThat(portal.requests()).isEqualTo(6);
    }

    @Test
    void concurrentFirstLookupsLoadOnce() throws Exception {
        FieldCatalog catalog = portal.catalog();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                catalog.field(EntityType.CONTACT, "PHONE");
            }));
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(portal.requests()).isEqualTo(2);
    }

    @Test
    void namesEntitiesTheWayPeopleDo() {
        FieldCatalog catalog = portal.catalog();

        assertThat(catalog.entity("Deals")).isEqualTo(EntityType.DEAL);
        assertThat(catalog.entity("companies")).isEqualTo(EntityType.COMPANY);
        assertThat(catalog.entity("item:1030").title()).isEqualTo("Договоры");
        assertThatThrownBy(() -> catalog.entity("item:999")).isInstanceOfSatisfying(UnknownEntity.class,
                e -> assertThat(e.getMessage()).contains("item:1030 (Договоры)"));
    }
}
