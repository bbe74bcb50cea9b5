package dev.b24kit.testportal.internal.crm;

import java.util.List;

/**
 * What a stage implies (§7.2, §7.4): a record with a stage field ({@code stageId}: deals, leads,
 * smart processes) always has a stage of its pipeline; its {@code stageSemanticId} is that stage's
 * {@code P}/{@code S}/{@code F}; {@code closed} is {@code Y} on a final stage; {@code movedTime} and
 * {@code movedBy} record the last stage change; a deal {@code isNew} while on its pipeline's first
 * stage; a lead's {@code dateClosed} is set when it reaches a final status.
 */
final class StageRules {

    private StageRules() {
    }

    static void onAdd(CrmStore store, EntityType type, Item item, Author author) {
        FieldDef categoryField = type.schema().byItemName("categoryId");
        if (categoryField != null && type.value(item, categoryField) == null) {
            Category category = store.defaultCategory(type.entityTypeId());
            type.set(item, categoryField, category == null ? 0L : category.id());
        }
        FieldDef stageField = type.schema().byItemName("stageId");
        if (stageField == null) {
            return;
        }
        long categoryId = categoryOf(type, item);
        if (type.value(item, stageField) == null) {
            List<Status> stages = store.stages(type.entityTypeId(), categoryId);
            if (!stages.isEmpty()) {
                type.set(item, stageField, stages.getFirst().statusId());
            }
        }
        moved(store, type, item, author);
    }

    static void onUpdate(CrmStore store, EntityType type, Item before, Item after, Author author) {
        FieldDef stageField = type.schema().byItemName("stageId");
        if (stageField == null) {
            return;
        }
        long oldCategory = categoryOf(type, before);
        long newCategory = categoryOf(type, after);
        Object oldStage = type.value(before, stageField);
        Object newStage = type.value(after, stageField);
        if (oldCategory != newCategory && java.util.Objects.equals(oldStage, newStage)) {
            Status old = oldStage == null ? null : store.stage(type.entityTypeId(), oldCategory, (String) oldStage);
            type.set(after, stageField, sameSemantics(store, type.entityTypeId(), newCategory, old));
            newStage = type.value(after, stageField);
        }
        if (!java.util.Objects.equals(oldStage, newStage) || oldCategory != newCategory) {
            moved(store, type, after, author);
        }
    }

    /** Sets the semantics, closed flag and move stamps for the record's current stage. */
    private static void moved(CrmStore store, EntityType type, Item item, Author author) {
        String stageId = (String) Records.get(type, item, "stageId");
        long categoryId = categoryOf(type, item);
        Status stage = stageId == null ? null : store.stage(type.entityTypeId(), categoryId, stageId);
        if (stageId != null && stage == null) {
            throw new IllegalArgumentException("stage " + stageId + " is not in pipeline " + categoryId + " of "
                    + type.name());
        }
        String semantic = stage == null ? "P" : stage.semanticId();
        Records.set(type, item, "stageSemanticId", semantic);
        FieldDef closed = type.schema().byItemName("closed");
        if (closed != null) {
            boolean isClosed = !semantic.equals("P");
            type.set(item, closed, closed.type() == FieldType.BOOLEAN ? (Object) isClosed : (isClosed ? "Y" : "N"));
        }
        if (type.entityTypeId() == EntityType.DEAL) {
            List<Status> stages = store.stages(type.entityTypeId(), categoryId);
            boolean first = !stages.isEmpty() && stages.getFirst().statusId().equals(stageId);
            Records.set(type, item, "isNew", first ? "Y" : "N");
        }
        if (type.entityTypeId() == EntityType.LEAD) {
            Records.set(type, item, "dateClosed", semantic.equals("P") ? null : author.at());
        }
        Records.set(type, item, "movedTime", author.at());
        Records.set(type, item, "movedBy", author.userId());
    }

    /** The first stage of a pipeline with the semantics of {@code old} (the first stage when old is null). */
    private static String sameSemantics(CrmStore store, int entityTypeId, long categoryId, Status old) {
        List<Status> stages = store.stages(entityTypeId, categoryId);
        String wanted = old == null ? "P" : old.semanticId();
        for (Status stage : stages) {
            if (stage.semanticId().equals(wanted)) {
                return stage.statusId();
            }
        }
        return stages.isEmpty() ? null : stages.getFirst().statusId();
    }

    /** The record's pipeline: its {@code categoryId}, or 0 for types without pipelines (leads). */
    static long categoryOf(EntityType type, Item item) {
        Object value = Records.get(type, item, "categoryId");
        return value instanceof Long id ? id : 0L;
    }
}
