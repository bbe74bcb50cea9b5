package dev.b24kit.schema.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.PortalValues;
import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldLabels;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.StatusItem;
import dev.b24kit.schema.UfNaming;

/**
 * Joins one entity's answers into an {@link EntitySchema}: a field is one field whether the legacy
 * {@code crm.X.fields} (keyed by UPPER code) or {@code crm.item.fields} (keyed by camel code, with
 * {@code upperName}) describes it. The portal's PHP habits are read as they come: flags as booleans or
 * {@code "Y"}/{@code "N"}, numbers as strings, {@code []} for an empty object (§12.1), labels as a string
 * or a map per language. Stateless.
 */
final class SchemaAssembly {

    /** The key under which labels in the portal's own language (from {@code *.fields}) are kept. */
    static final String PORTAL_LANGUAGE = "";

    private SchemaAssembly() {
    }

    static EntitySchema assemble(SchemaParts parts, Map<String, List<StatusItem>> statuses, ZoneOffset offset) {
        Map<String, JsonNode> legacy = PortalValues.members(parts.legacyFields);
        Map<String, JsonNode> itemByUpper = new LinkedHashMap<>();
        Map<String, String> camelByUpper = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : PortalValues.members(parts.itemFields).entrySet()) {
            String upper = PortalValues.asText(e.getValue().get("upperName"));
            upper = upper == null ? UfNaming.toUpper(e.getKey()) : upper;
            itemByUpper.put(upper, e.getValue());
            camelByUpper.put(upper, e.getKey());
        }
        List<String> order = new ArrayList<>(legacy.keySet());
        itemByUpper.keySet().stream().filter(u -> !legacy.containsKey(u)).forEach(order::add);
        UfNaming.Registry registry = UfNaming.Registry.of(order); // camel names crm.item.fields did not give (§9.3)
        Map<String, Map<String, FieldLabels>> labels = UserFieldRows.labels(parts);
        Map<String, Map<Long, EnumItem>> listed = UserFieldRows.items(parts);
        List<FieldRef> fields = new ArrayList<>();
        for (String upper : order) {
            JsonNode l = legacy.get(upper);
            JsonNode i = itemByUpper.get(upper);
            String camel = camelByUpper.getOrDefault(upper, registry.camel(upper));
            fields.add(field(parts, upper, camel, l, i, labels.getOrDefault(upper, Map.of()),
                    listed.getOrDefault(upper, Map.of())));
        }
        return new EntitySchema(parts.entity, fields, pipelines(parts, statuses), statuses, offset);
    }

    private static FieldRef field(SchemaParts parts, String upper, String camel, JsonNode legacy, JsonNode item,
                                  Map<String, FieldLabels> userLabels, Map<Long, EnumItem> listedItems) {
        JsonNode main = legacy != null ? legacy : item;
        String portalType = text(main, "type");
        FieldType type = FieldType.of(portalType);
        if (item != null && "boolean".equals(text(item, "type"))) {
            type = FieldType.BOOLEAN;
        }
        Set<Dialect> immutableIn = EnumSet.noneOf(Dialect.class);
        if (legacy != null && flag(legacy, "isImmutable")) {
            immutableIn.add(Dialect.LEGACY);
        }
        if (item != null && flag(item, "isImmutable")) {
            immutableIn.add(Dialect.ITEM);
        }
        Set<Dialect> dialects = EnumSet.noneOf(Dialect.class);
        if (legacy != null) {
            dialects.add(Dialect.LEGACY);
        }
        if (item != null || type == FieldType.MULTIFIELD) {
            dialects.add(Dialect.ITEM); // crm.item writes multi-fields through fm
        }
        Map<String, FieldLabels> labels = new LinkedHashMap<>(userLabels);
        if (legacy != null && (legacy.has("listLabel") || legacy.has("formLabel"))) {
            FieldLabels own = new FieldLabels(text(legacy, "formLabel"), text(legacy, "listLabel"), text(legacy, "filterLabel"));
            if (!own.isEmpty() && !own.best().equals(upper)) {
                labels.putIfAbsent(PORTAL_LANGUAGE, own);
            }
        }
        return new FieldRef(parts.entity, upper, camel, title(upper, camel, legacy, item, labels), labels, type,
                portalType, flag(main, "isMultiple"), flag(main, "isRequired"), flag(main, "isReadOnly"), immutableIn,
                flag(main, "isDeprecated"), flag(main, "isDynamic"), text(main, "statusType"),
                items(main, listedItems), dialects);
    }

    /** A user field's legacy title is its code (§7.3): the label comes from crm.item or the labels. */
    private static String title(String upper, String camel, JsonNode legacy, JsonNode item, Map<String, FieldLabels> labels) {
        for (JsonNode desc : new JsonNode[] {item, legacy}) {
            String title = desc == null ? null : text(desc, "title");
            if (title != null && !title.isBlank() && !title.equals(upper) && !title.equals(camel)) {
                return title;
            }
        }
        FieldLabels own = labels.get(PORTAL_LANGUAGE);
        if (own != null) {
            return own.best();
        }
        return labels.values().stream().map(FieldLabels::best).filter(s -> !s.isEmpty()).findFirst().orElse(upper);
    }

    private static List<EnumItem> items(JsonNode desc, Map<Long, EnumItem> listed) {
        Map<Long, EnumItem> items = new LinkedHashMap<>();
        for (JsonNode row : PortalValues.members(desc.get("items")).values()) {
            var id = PortalValues.asLong(row.get("ID"));
            if (id.isPresent()) {
                EnumItem more = listed.get(id.getAsLong());
                items.put(id.getAsLong(), more != null ? more
                        : new EnumItem(id.getAsLong(), String.valueOf(PortalValues.asText(row.get("VALUE"))), "", items.size(), false));
            }
        }
        listed.forEach(items::putIfAbsent); // an item the userfield list knows and *.fields did not show
        List<EnumItem> ordered = new ArrayList<>(items.values());
        if (!listed.isEmpty()) {
            ordered.sort(Comparator.comparingInt(EnumItem::sort).thenComparingLong(EnumItem::id));
        }
        return ordered;
    }

    private static List<Pipeline> pipelines(SchemaParts parts, Map<String, List<StatusItem>> statuses) {
        List<Pipeline> pipelines = new ArrayList<>();
        List<JsonNode> rows = new ArrayList<>(PortalValues.members(parts.categories).values());
        rows.sort(Comparator.comparingLong((JsonNode r) -> PortalValues.asLong(r.get("sort")).orElse(0))
                .thenComparingLong(r -> PortalValues.asLong(r.get("id")).orElse(0)));
        for (JsonNode row : rows) {
            int id = (int) PortalValues.asLong(row.get("id")).orElse(0);
            String stages = parts.entity.isSmartProcess()
                    ? "DYNAMIC_" + parts.entity.entityTypeId() + "_STAGE_" + id  // §9.1
                    : id == 0 ? "DEAL_STAGE" : "DEAL_STAGE_" + id;                 // §7.4
            pipelines.add(new Pipeline(id, String.valueOf(PortalValues.asText(row.get("name"))),
                    PortalValues.asFlag(row.get("isDefault")).orElse(false), statuses.getOrDefault(stages, List.of())));
        }
        return pipelines;
    }

    static String text(JsonNode node, String member) {
        return node == null ? null : PortalValues.asText(node.get(member));
    }

    static boolean flag(JsonNode node, String member) {
        return node != null && PortalValues.asFlag(node.get(member)).orElse(false);
    }
}
