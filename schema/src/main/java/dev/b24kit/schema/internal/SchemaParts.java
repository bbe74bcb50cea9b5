package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.PortalValues;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.StatusItem;

/**
 * The answers the catalog loads for one entity type, before they are joined into an
 * {@link dev.b24kit.schema.EntitySchema}; each part may be missing (null) when the portal refused that
 * command. Not thread-safe; built by one loader.
 */
final class SchemaParts {

    final EntityType entity;
    /** {@code crm.X.fields}: UPPER code → description (§7.3); null for smart processes. */
    JsonNode legacyFields;
    /** {@code crm.item.fields}' {@code fields}: camel code → description with {@code upperName}. */
    JsonNode itemFields;
    /** {@code crm.X.userfield.list} rows per language ({@code filter[LANG]}), §7.5. */
    final Map<String, JsonNode> userFieldRows = new LinkedHashMap<>();
    /** {@code userfieldconfig.list}'s {@code fields} (smart processes: labels per language, XML_IDs). */
    JsonNode userFieldConfig;
    /** {@code crm.category.list}'s {@code categories}. */
    JsonNode categories;

    SchemaParts(EntityType entity) {
        this.entity = entity;
    }

    /** Every {@code crm.status.list} row by {@code ENTITY_ID}, each list in sort order. */
    static Map<String, List<StatusItem>> statuses(JsonNode rows) {
        Map<String, List<StatusItem>> byList = new LinkedHashMap<>();
        for (JsonNode row : PortalValues.members(rows).values()) {
            String entityId = PortalValues.asText(row.get("ENTITY_ID"));
            String statusId = PortalValues.asText(row.get("STATUS_ID"));
            if (entityId == null || statusId == null) {
                continue;
            }
            var category = PortalValues.asLong(row.get("CATEGORY_ID"));
            JsonNode extra = row.get("EXTRA");
            String semantics = extra != null && extra.isObject() ? PortalValues.asText(extra.get("SEMANTICS")) : null;
            byList.computeIfAbsent(entityId, k -> new ArrayList<>()).add(new StatusItem(entityId, statusId,
                    PortalValues.asText(row.get("NAME")), (int) PortalValues.asLong(row.get("SORT")).orElse(0),
                    category.isPresent() ? (int) category.getAsLong() : null, semantics));
        }
        byList.values().forEach(list -> list.sort(Comparator.comparingInt(StatusItem::sort)));
        return byList;
    }
}
