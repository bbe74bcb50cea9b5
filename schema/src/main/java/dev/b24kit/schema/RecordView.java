package dev.b24kit.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.client.PortalValues;
import dev.b24kit.schema.internal.ValueReader;

/**
 * A record as the portal returned it through either dialect, seen one way: each field by its identity,
 * with a canonical value (the same whichever dialect it was read from) and the labels of items, stages
 * and pipelines beside their IDs. Any spelling of a field finds it: {@code get("UF_CRM_BUDGET")},
 * {@code get("ufCrmBudget")}, {@code get("Client budget")}. Immutable.
 *
 * <p>Canonical values: IDs, whole numbers and users as {@link Long}; numbers as {@link java.math.BigDecimal}
 * without trailing zeros; flags as {@link Boolean}; dates as {@link java.time.LocalDate}; date-times as
 * {@link java.time.OffsetDateTime}; stages and statuses as their {@code STATUS_ID}; amounts as
 * {@code amount|CURRENCY} text; multi-field values as maps {@code {id, type, value}}; multiple fields as
 * lists; anything else as the JSON the portal sent; an empty value as null.
 */
public final class RecordView {

    /**
     * One field of the record.
     *
     * @param field  the field
     * @param raw    the value as the portal sent it
     * @param value  the canonical value
     * @param labels the labels of the item(s), stage or pipeline the value names; empty for other types
     */
    public record Entry(FieldRef field, JsonNode raw, Object value, List<String> labels) {
        /** The labels when there are any, else the value as text; empty for an empty value. */
        public String text() {
            return !labels.isEmpty() ? String.join(", ", labels) : value == null ? "" : String.valueOf(value);
        }
    }

    private final EntitySchema schema;
    private final Dialect dialect;
    private final Map<FieldRef, Entry> entries;
    private final Map<String, JsonNode> unknown;

    private RecordView(EntitySchema schema, Dialect dialect, Map<FieldRef, Entry> entries, Map<String, JsonNode> unknown) {
        this.schema = schema;
        this.dialect = dialect;
        this.entries = entries;
        this.unknown = unknown;
    }

    /**
     * Reads a raw record: a {@code crm.X.get}/{@code list} row, or a {@code crm.item.get} item (with or
     * without its {@code {"item": …}} wrapper). The dialect is told by the keys.
     */
    public static RecordView of(EntitySchema schema, JsonNode raw) {
        JsonNode record = raw != null && raw.isObject() && raw.has("item") && raw.get("item").isObject() ? raw.get("item") : raw;
        Map<String, JsonNode> members = PortalValues.members(record);
        Map<String, FieldRef> byCode = new LinkedHashMap<>();
        boolean camel = false;
        for (FieldRef f : schema.fields()) {
            byCode.put(f.upper(), f);
            byCode.putIfAbsent(f.camel(), f);
            camel |= !f.camel().equals(f.upper()) && members.containsKey(f.camel());
        }
        Map<FieldRef, Entry> entries = new LinkedHashMap<>();
        Map<String, JsonNode> unknown = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> m : members.entrySet()) {
            FieldRef field = byCode.get(m.getKey());
            if (field != null) {
                ValueReader.Read read = ValueReader.read(schema, field, m.getValue());
                entries.put(field, new Entry(field, m.getValue(), read.value(), read.labels()));
            } else if (m.getKey().equals("fm") && m.getValue().isArray()) {
                multiFields(schema, m.getValue(), entries);
            } else {
                unknown.put(m.getKey(), m.getValue());
            }
        }
        return new RecordView(schema, camel ? Dialect.ITEM : Dialect.LEGACY, entries, unknown);
    }

    private static void multiFields(EntitySchema schema, JsonNode fm, Map<FieldRef, Entry> entries) {
        Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
        for (JsonNode value : fm) {
            byType.computeIfAbsent(String.valueOf(PortalValues.asText(value.get("typeId"))), k -> new ArrayList<>()).add(value);
        }
        byType.forEach((type, values) -> schema.find(type).ifPresent(field -> {
            JsonNode raw = JsonNodeFactory.instance.arrayNode().addAll(values);
            entries.put(field, new Entry(field, raw, ValueReader.read(schema, field, raw).value(), List.of()));
        }));
    }

    /** The dialect the record was read from. */
    public Dialect dialect() {
        return dialect;
    }

    /** The fields the record holds, in its order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The field {@code name} names (any code or label), when the record holds it. */
    public Optional<Entry> find(String name) {
        return schema.find(name).map(entries::get);
    }

    /**
     * As {@link #find}, refusing a name that names no field of the entity; a field the record does not
     * hold gives an entry with a null value.
     */
    public Entry get(String name) {
        FieldRef field = schema.field(name);
        Entry entry = entries.get(field);
        return entry != null ? entry : new Entry(field, null, null, List.of());
    }

    /** Keys the catalog does not know (a field added since it loaded, or a helper key of the portal). */
    public Map<String, JsonNode> unknown() {
        return Map.copyOf(unknown);
    }

    /**
     * One canonical JSON view, keyed by UPPER code:
     * {@code {"UF_CRM_…": {"camel": "ufCrm_…", "title": "Sales channel", "value": "11", "text": "Онлайн"}}}.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        for (Entry e : entries.values()) {
            ObjectNode field = json.putObject(e.field().upper());
            field.put("camel", e.field().camel());
            field.put("title", e.field().title());
            field.set("value", e.raw() == null ? JsonNodeFactory.instance.nullNode() : e.raw());
            if (!e.labels().isEmpty()) {
                field.put("text", e.text());
            }
        }
        return json;
    }
}
