package dev.b24kit.testportal.internal.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SmartTypesTest {

    private static final Instant NOW = Instant.parse("2026-01-15T06:00:00Z");

    private final CrmStore store = new CrmStore();

    private SmartType create(String title, List<SmartType.Relation> relations) {
        StandardTypes.install(store);
        int entityTypeId = SmartTypes.nextEntityTypeId(store);
        return SmartTypes.create(store, entityTypeId, settings(title, relations), 1, NOW);
    }

    private static SmartTypes.Settings settings(String title, List<SmartType.Relation> relations) {
        return new SmartTypes.Settings(title, "", true, true, Set.of("isClientEnabled"), relations, Map.of());
    }

    @Test
    void assignsEvenEntityTypeIdsFrom1030AndNeverReusesOneInUse() {
        SmartType first = create("A", List.of());
        int next = SmartTypes.nextEntityTypeId(store);

        assertThat(first.entityTypeId()).isEqualTo(1030);
        assertThat(next).isEqualTo(1032);
        assertThat(SmartTypes.allowedEntityTypeId(128)).isTrue();
        assertThat(SmartTypes.allowedEntityTypeId(192)).isFalse();
        assertThat(SmartTypes.allowedEntityTypeId(1031)).isFalse();
        assertThat(SmartTypes.allowedEntityTypeId(1000)).isFalse();
    }

    @Test
    void createsTheEntityTypeItsUserFieldEntityAndADefaultPipelineWithStages() {
        SmartType type = create("Договоры", List.of());
        EntityType entity = store.type(type.entityTypeId());
        Category category = store.defaultCategory(type.entityTypeId());

        assertThat(entity.name()).isEqualTo("DYNAMIC_1030");
        assertThat(entity.ufEntityId()).isEqualTo("CRM_" + type.id());
        assertThat(entity.schema().byItemName("stageId").statusType()).isEqualTo("DYNAMIC_1030_STAGE_" + category.id());
        assertThat(store.stages(type.entityTypeId(), category.id()).getFirst().statusId())
                .isEqualTo("DT1030_" + category.id() + ":NEW");
    }

    @Test
    void relationsAddParentFieldsAndDroppingOneRemovesItsField() {
        SmartType type = create("Связи", List.of(new SmartType.Relation(EntityType.DEAL, true, true, false),
                new SmartType.Relation(EntityType.CONTACT, false, false, false)));
        EntityType self = store.type(type.entityTypeId());
        EntityType contact = store.type(EntityType.CONTACT);

        assertThat(self.schema().byItemName("parentId2")).isNotNull();
        assertThat(contact.schema().byItemName("parentId1030").title()).isEqualTo("Связи");

        SmartTypes.update(store, type, settings("Связи", List.of()), 2, NOW.plusSeconds(60));
        assertThat(self.schema().byItemName("parentId2")).isNull();
        assertThat(contact.schema().byItemName("parentId1030")).isNull();
        assertThat(self.smartType().updatedBy()).isEqualTo(2);
    }

    @Test
    void deletingRemovesTheTypeItsPipelinesStagesAndTheParentFieldsPointingAtIt() {
        SmartType type = create("Удаляемый", List.of(new SmartType.Relation(EntityType.DEAL, false, false, false)));
        long category = store.defaultCategory(type.entityTypeId()).id();

        SmartTypes.delete(store, type);

        assertThat(store.type(type.entityTypeId())).isNull();
        assertThat(store.categories(type.entityTypeId())).isEmpty();
        assertThat(store.stages(type.entityTypeId(), category)).isEmpty();
        assertThat(store.type(EntityType.DEAL).schema().byItemName("parentId1030")).isNull();
    }

    @Test
    void disabledFieldsFollowTheTypeSettings() {
        SmartType type = create("Настройки", List.of());
        Schema schema = store.type(type.entityTypeId()).schema();

        assertThat(SmartProcessFields.enabled(type, schema.byItemName("companyId"))).isTrue();
        assertThat(SmartProcessFields.enabled(type, schema.byItemName("observers"))).isFalse();
        assertThat(SmartProcessFields.enabled(type, schema.byItemName("title"))).isTrue();
    }
}
