package dev.b24kit.testportal.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.crm.Author;
import dev.b24kit.testportal.internal.crm.CrmStore;
import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.crm.StandardTypes;

class SeederTest {

    private static final Author AUTHOR = new Author(1, Instant.parse("2026-01-15T06:00:00Z"), ZoneId.of("Europe/Moscow"));

    private static CrmStore seeded(long seed, int deals) {
        CrmStore store = new CrmStore();
        StandardTypes.install(store);
        Seeder.seed(store, AUTHOR, seed, new Seeder.Counts(deals, 40, 15, 25, 8));
        return store;
    }

    @Test
    void theSameSeedGivesTheSamePortal() {
        assertThat(snapshot(seeded(7, 60))).isEqualTo(snapshot(seeded(7, 60)));
        assertThat(snapshot(seeded(7, 60))).isNotEqualTo(snapshot(seeded(8, 60)));
    }

    @Test
    void seedsTheRequestedCountsWithTwoExtraDealPipelines() {
        CrmStore store = seeded(1, 60);

        assertThat(store.type(EntityType.DEAL).table().size()).isEqualTo(60);
        assertThat(store.type(EntityType.CONTACT).table().size()).isEqualTo(40);
        assertThat(store.type(EntityType.COMPANY).table().size()).isEqualTo(15);
        assertThat(store.type(EntityType.LEAD).table().size()).isEqualTo(25);
        assertThat(store.categories(EntityType.DEAL)).hasSize(3);
        assertThat(store.stages(EntityType.DEAL, store.categories(EntityType.DEAL).get(1).id()))
                .allSatisfy(stage -> assertThat(stage.statusId()).startsWith("C"));
    }

    @Test
    void everyEntityGetsEveryKindOfCustomFieldWithValues() {
        CrmStore store = seeded(1, 60);
        for (int entityTypeId : new int[] {EntityType.LEAD, EntityType.DEAL, EntityType.CONTACT, EntityType.COMPANY}) {
            EntityType type = store.type(entityTypeId);
            List<String> kinds = type.schema().userFields().stream().map(f -> f.userField().userTypeId()).toList();
            assertThat(kinds).contains("enumeration", "string", "double", "boolean", "date", "money");
            assertThat(type.schema().userFields()).anySatisfy(f -> assertThat(f.multiple()).isTrue());
            FieldDef products = type.schema().byCode("UF_CRM_PRODUCTS");
            assertThat(type.table().all()).anySatisfy(item -> assertThat(type.value(item, products)).isNotNull());
        }
    }

    @Test
    void seedsASmartProcessWithItsOwnFieldsAndItems() {
        CrmStore store = seeded(1, 60);

        assertThat(store.smartTypes()).hasSize(1);
        EntityType contracts = store.type(store.smartTypes().getFirst().entityTypeId());
        assertThat(contracts.table().size()).isEqualTo(12);
        assertThat(contracts.schema().userFields()).extracting(FieldDef::code)
                .allSatisfy(code -> assertThat(code).startsWith("UF_CRM_" + store.smartTypes().getFirst().id() + "_"));
        assertThat(contracts.schema().userFields()).extracting(FieldDef::itemName)
                .contains("ufCrm" + store.smartTypes().getFirst().id() + "Products");
    }

    @Test
    void dealsLinkToSeededContactsAndCompaniesAndStagesOfTheirPipeline() {
        CrmStore store = seeded(3, 80);
        EntityType deals = store.type(EntityType.DEAL);
        for (Item deal : deals.table().all()) {
            long category = ((Number) deals.value(deal, "CATEGORY_ID")).longValue();
            String stage = (String) deals.value(deal, "STAGE_ID");
            assertThat(store.stage(EntityType.DEAL, category, stage)).as("stage %s in pipeline %d", stage, category).isNotNull();
            Object contact = deals.value(deal, "CONTACT_ID");
            if (contact != null) {
                assertThat(store.type(EntityType.CONTACT).table().get((Long) contact)).isNotNull();
            }
        }
        assertThat(deals.table().all()).anySatisfy(d -> assertThat(deals.value(d, "COMPANY_ID")).isNotNull());
    }

    private static List<String> snapshot(CrmStore store) {
        List<String> rows = new ArrayList<>();
        for (EntityType type : store.types()) {
            for (Item item : type.table().all()) {
                StringBuilder row = new StringBuilder(type.name()).append(item.id());
                for (FieldDef field : type.schema().fields()) {
                    row.append('|').append(type.value(item, field));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
