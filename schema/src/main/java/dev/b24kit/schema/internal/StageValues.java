package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.List;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.StatusItem;
import dev.b24kit.schema.ValueRefused;

/**
 * {@code crm.status} values: stages within a pipeline, lead statuses, sources, types — by name or
 * {@code STATUS_ID} → the {@code STATUS_ID}; and pipelines by name or ID → the category ID
 * (docs/bitrix24-behavior.md §7.4, §9.1). A stage outside the record's pipeline is refused: the legacy
 * update drops it silently, crm.item refuses it (§8). Stateless.
 */
public final class StageValues {

    private StageValues() {
    }

    /** The pipeline {@code value} names by ID or name. */
    public static Pipeline pipeline(EntitySchema schema, FieldRef field, Object value) {
        String given = String.valueOf(value).strip();
        for (Pipeline p : schema.pipelines()) {
            if (Integer.toString(p.id()).equals(given) || Text.normalize(p.name()).equals(Text.normalize(given))) {
                return p;
            }
        }
        if (schema.pipelines().isEmpty() && given.equals("0")) {
            return new Pipeline(0, "", true, List.of());
        }
        List<Pipeline> closest = Text.closest(given, schema.pipelines(), Pipeline::name, 50);
        throw new ValueRefused(field, value, ValueRefused.Reason.NOT_IN_LIST, "is not a pipeline of " + schema.entity().key(),
                java.util.stream.Stream.concat(closest.stream(), schema.pipelines().stream()).distinct().map(Pipeline::describe).toList());
    }

    /**
     * The {@code STATUS_ID} of {@code value} in the field's list; for a stage, within {@code pipeline}
     * when known (null: any pipeline, as long as the name is not the name of a stage in several).
     */
    public static String status(EntitySchema schema, FieldRef field, Object value, Pipeline pipeline) {
        String given = String.valueOf(value).strip();
        if (!isStage(schema, field)) {
            List<StatusItem> list = schema.statuses(field.statusType());
            return match(field, value, list, given, "is not in the list " + field.statusType()).statusId();
        }
        if (pipeline != null) {
            StatusItem stage = find(pipeline.stages(), given, prefix(schema, pipeline));
            if (stage != null) {
                return stage.statusId();
            }
            String elsewhere = schema.pipelines().stream().filter(p -> p.id() != pipeline.id())
                    .filter(p -> find(p.stages(), given, null) != null).map(Pipeline::describe).findFirst().orElse(null);
            throw new ValueRefused(field, value, ValueRefused.Reason.NOT_IN_LIST, (elsewhere == null ? "is not a stage"
                    : "is a stage of pipeline " + elsewhere + ", not") + " of pipeline " + pipeline.describe()
                    + "; the legacy update would drop it and still answer true (§8)", described(pipeline.stages(), given));
        }
        List<StatusItem> matches = new ArrayList<>();
        for (Pipeline p : schema.pipelines()) {
            StatusItem stage = find(p.stages(), given, null);
            if (stage != null) {
                matches.add(stage);
            }
        }
        if (matches.size() == 1) {
            return matches.getFirst().statusId();
        }
        List<StatusItem> all = schema.pipelines().stream().flatMap(p -> p.stages().stream()).toList();
        if (matches.isEmpty()) {
            throw new ValueRefused(field, value, ValueRefused.Reason.NOT_IN_LIST, "is not a stage of any pipeline", described(all, given));
        }
        throw new ValueRefused(field, value, ValueRefused.Reason.AMBIGUOUS,
                "is a stage of several pipelines; name the pipeline (CrmRecord.inPipeline) or give the stage ID",
                matches.stream().map(StatusItem::describe).toList());
    }

    /** Whether the field is a stage (its list depends on the pipeline). */
    public static boolean isStage(EntitySchema schema, FieldRef field) {
        return !schema.pipelines().isEmpty()
                && (field.statusType().equals("DEAL_STAGE") || field.statusType().matches("DYNAMIC_\\d+_STAGE(_\\d+)?"));
    }

    private static String prefix(EntitySchema schema, Pipeline pipeline) {
        if (schema.entity().isSmartProcess()) {
            return "DT" + schema.entity().entityTypeId() + "_" + pipeline.id() + ":"; // §9.1
        }
        return pipeline.id() == 0 ? "" : "C" + pipeline.id() + ":";                   // §7.4
    }

    private static StatusItem find(List<StatusItem> stages, String given, String prefix) {
        String key = Text.normalize(given);
        for (StatusItem s : stages) {
            if (s.statusId().equalsIgnoreCase(given) || (prefix != null && s.statusId().equalsIgnoreCase(prefix + given))) {
                return s;
            }
        }
        List<StatusItem> named = stages.stream().filter(s -> Text.normalize(s.name()).equals(key)).toList();
        return named.size() == 1 ? named.getFirst() : null;
    }

    private static StatusItem match(FieldRef field, Object value, List<StatusItem> list, String given, String why) {
        StatusItem found = find(list, given, null);
        if (found == null) {
            throw new ValueRefused(field, value, ValueRefused.Reason.NOT_IN_LIST, why, described(list, given));
        }
        return found;
    }

    private static List<String> described(List<StatusItem> list, String given) {
        List<StatusItem> closest = Text.closest(given, list, StatusItem::name, list.size());
        return java.util.stream.Stream.concat(closest.stream(), list.stream()).distinct().map(StatusItem::describe).toList();
    }
}
