package dev.b24kit.schema.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.PortalValues;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.StatusItem;

/**
 * A value as either dialect returns it → one canonical Java value, with the labels of list values
 * beside their IDs: legacy {@code "21"} and crm.item {@code 21} are both {@code 21L}; legacy
 * {@code "1"} and crm.item {@code "Y"} both {@code true}; a date-only rendering is a
 * {@link java.time.LocalDate} (docs/bitrix24-behavior.md §7.2, §9.2, §12.2). Stateless.
 */
public final class ValueReader {

    /** A value read: the canonical value and, for items, stages, pipelines, their labels. */
    public record Read(Object value, List<String> labels) {
    }

    private ValueReader() {
    }

    public static Read read(EntitySchema schema, FieldRef field, JsonNode raw) {
        if (raw == null || raw.isNull() || raw.isMissingNode()) {
            return new Read(null, List.of());
        }
        if (raw.isArray() && field.type() != dev.b24kit.schema.FieldType.OTHER) {
            List<Object> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (JsonNode one : raw) {
                Read r = one(schema, field, one);
                values.add(r.value());
                labels.addAll(r.labels());
            }
            return new Read(values, labels);
        }
        return one(schema, field, raw);
    }

    private static Read one(EntitySchema schema, FieldRef field, JsonNode raw) {
        String text = PortalValues.asText(raw);
        return switch (field.type()) {
            case ENUMERATION -> {
                Long id = id(raw);
                String label = field.items().stream().filter(i -> id != null && i.id() == id).map(EnumItem::value)
                        .findFirst().orElse(null);
                yield new Read(id, label == null ? List.of() : List.of(label));
            }
            case STATUS -> new Read(text, statusName(schema, field, text));
            case PIPELINE -> {
                Long id = id(raw);
                yield new Read(id, schema.pipelines().stream().filter(p -> id != null && p.id() == id)
                        .map(Pipeline::name).toList());
            }
            case BOOLEAN -> new Read(PortalValues.asFlag(raw).orElse(null), List.of());
            case INTEGER, RECORD, USER -> new Read(id(raw), List.of());
            case DOUBLE -> new Read(number(text), List.of());
            case DATE -> new Read(DateValues.readDate(text), List.of());
            case DATETIME -> new Read(DateValues.readDateTime(text), List.of());
            case MULTIFIELD -> new Read(multiValue(raw), List.of());
            case MONEY, CURRENCY, STRING -> new Read(text, List.of());
            case OTHER -> new Read(raw, List.of());
        };
    }

    /** A number without trailing zeros ({@code "1000000.00"} and {@code 1000000} alike); text that is none stays text. */
    private static Object number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Long id(JsonNode raw) {
        var id = PortalValues.asLong(raw);
        return id.isPresent() && id.getAsLong() != 0 ? id.getAsLong() : null;
    }

    private static List<String> statusName(EntitySchema schema, FieldRef field, String statusId) {
        List<StatusItem> candidates = new ArrayList<>(schema.statuses(field.statusType()));
        schema.pipelines().forEach(p -> candidates.addAll(p.stages()));
        return candidates.stream().filter(s -> s.statusId().equals(statusId)).map(StatusItem::name).limit(1).toList();
    }

    /** {@code {"ID","VALUE_TYPE","VALUE"}} or {@code {"id","valueType","value"}} → {@code {id, type, value}}. */
    private static Map<String, Object> multiValue(JsonNode raw) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("id", PortalValues.asLong(raw.has("ID") ? raw.get("ID") : raw.get("id")).orElse(0));
        value.put("type", PortalValues.asText(raw.has("VALUE_TYPE") ? raw.get("VALUE_TYPE") : raw.get("valueType")));
        value.put("value", PortalValues.asText(raw.has("VALUE") ? raw.get("VALUE") : raw.get("value")));
        return value;
    }
}
