package dev.b24kit.eval.internal;

import java.util.List;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.Pipeline;

/**
 * A valid value to write into a mapped field, as a person would give it to verified writes: an item's label
 * (the map's first value when it names some), a stage of the entry's pipeline, an amount with a currency.
 */
final class SampleValues {

    private SampleValues() {
    }

    /** The value, or null when the eval does not write fields of this type (files, links, multi-fields…). */
    static Object of(FieldRef field, FieldMap.Entry entry, EntitySchema schema, String runId) {
        return switch (field.type()) {
            case STRING -> "b24kit eval " + runId;
            case INTEGER -> 4242;
            case DOUBLE -> "12.5";
            case BOOLEAN -> "Y";
            case DATE -> "2027-03-14";
            case DATETIME -> "2027-03-14T10:15:00+03:00";
            case MONEY -> "250000 USD";
            case CURRENCY -> "USD";
            case USER -> 1;
            case ENUMERATION -> enumeration(field, entry);
            case STATUS -> status(field, entry, schema);
            default -> null;
        };
    }

    private static Object enumeration(FieldRef field, FieldMap.Entry entry) {
        List<String> labels = entry.values().isEmpty()
                ? field.items().stream().limit(2).map(i -> i.value()).toList()
                : entry.values().values().stream().limit(2).toList();
        if (labels.isEmpty()) {
            return null;
        }
        return field.multiple() ? labels : labels.getLast();
    }

    private static Object status(FieldRef field, FieldMap.Entry entry, EntitySchema schema) {
        if (!entry.values().isEmpty()) {
            return entry.values().values().iterator().next();
        }
        if (field.upper().equals("STAGE_ID")) {
            Pipeline pipeline = schema.pipelines().stream()
                    .filter(p -> entry.pipeline() == null ? p.isDefault() : p.name().equals(entry.pipeline())
                            || Integer.toString(p.id()).equals(entry.pipeline()))
                    .findFirst().orElse(null);
            return pipeline == null || pipeline.stages().size() < 2 ? null : pipeline.stages().get(1).statusId();
        }
        var items = schema.statuses(field.statusType());
        return items.isEmpty() ? null : items.getFirst().statusId();
    }
}
