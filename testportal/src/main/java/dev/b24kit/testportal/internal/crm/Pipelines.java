package dev.b24kit.testportal.internal.crm;

import java.util.List;

/**
 * Creates pipelines (categories) with their stages (§7.4): the default deal stages for deal
 * pipelines, the default smart-process stages for smart processes, with the stage IDs prefixed as
 * the portal prefixes them ({@code C3:NEW}, {@code DT128_5:NEW}). Runs under the portal state lock.
 */
public final class Pipelines {

    /** A stage template: code without prefix, name, color, semantics ({@code null}, {@code S}, {@code F}). */
    public record StageTemplate(String code, String name, String color, String semantics) {
    }

    public static final List<StageTemplate> DEAL_STAGES = List.of(
            new StageTemplate("NEW", "Новая", "#39A8EF", null),
            new StageTemplate("PREPARATION", "Подготовка документов", "#2FC6F6", null),
            new StageTemplate("PREPAYMENT_INVOICE", "Счёт на предоплату", "#55D0E0", null),
            new StageTemplate("EXECUTING", "В работе", "#47E4C2", null),
            new StageTemplate("FINAL_INVOICE", "Финальный счёт", "#FFA900", null),
            new StageTemplate("WON", "Сделка успешна", "#7BD500", "S"),
            new StageTemplate("LOSE", "Сделка провалена", "#FF5752", "F"),
            new StageTemplate("APOLOGY", "Анализ причины провала", "#FF5752", "F"));

    public static final List<StageTemplate> SMART_PROCESS_STAGES = List.of(
            new StageTemplate("NEW", "Начало", "#22B9FF", null),
            new StageTemplate("PREPARATION", "Подготовка", "#2FC6F6", null),
            new StageTemplate("CLIENT", "Ожидание клиента", "#FFA900", null),
            new StageTemplate("SUCCESS", "Успех", "#7BD500", "S"),
            new StageTemplate("FAIL", "Провал", "#FF5752", "F"));

    private Pipelines() {
    }

    /**
     * Adds a pipeline and its stages.
     *
     * @param id        the category ID, or null for the next free one (deal default pipeline: 0)
     * @param stages    the stages to create, in order (sort 10, 20, …)
     */
    public static Category create(CrmStore store, int entityTypeId, Long id, String name, int sort, boolean isDefault,
                                  List<StageTemplate> stages) {
        Category category = store.addCategory(entityTypeId, id, name, sort, isDefault);
        String entityId = CrmStore.stageEntityId(entityTypeId, category.id());
        String prefix = CrmStore.stagePrefix(entityTypeId, category.id());
        Long statusCategory = entityTypeId == EntityType.DEAL && category.id() == 0 ? null : category.id();
        int stageSort = 10;
        boolean failureSeen = false;
        for (int i = 0; i < stages.size(); i++) {
            StageTemplate stage = stages.get(i);
            // a fresh portal marks the first stage, the success stage and the first failure stage as
            // system stages (crm.status.list sample: NEW, WON, LOSE have SYSTEM=Y, APOLOGY has N)
            boolean failure = "F".equals(stage.semantics());
            boolean system = i == 0 || "S".equals(stage.semantics()) || (failure && !failureSeen);
            failureSeen |= failure;
            store.addStatus(entityId, prefix + stage.code(), stage.name(), stageSort, system, statusCategory,
                    stage.color(), stage.semantics());
            stageSort += 10;
        }
        return category;
    }

    /** The default stages for a new pipeline of this entity type. */
    public static List<StageTemplate> defaultStages(int entityTypeId) {
        return entityTypeId == EntityType.DEAL ? DEAL_STAGES : SMART_PROCESS_STAGES;
    }
}
