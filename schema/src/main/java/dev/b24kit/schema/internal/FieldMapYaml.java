package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;

/** The field map's YAML: reading it strictly, and writing a starter map for one entity. Stateless. */
public final class FieldMapYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> ENTRY_KEYS = Set.of("field", "type", "pipeline", "values");

    private FieldMapYaml() {
    }

    public static List<FieldMap.Entry> parse(String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("field map is not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("field map: the top level must map entities (deal, contact, item:1030…) to their fields");
        }
        List<FieldMap.Entry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entity : root.properties()) {
            if (!entity.getValue().isObject()) {
                throw new IllegalArgumentException("field map: '" + entity.getKey() + "' must map own names to fields");
            }
            for (Map.Entry<String, JsonNode> e : entity.getValue().properties()) {
                entries.add(entry(entity.getKey(), e.getKey(), e.getValue()));
            }
        }
        return entries;
    }

    private static FieldMap.Entry entry(String entity, String own, JsonNode spec) {
        String name = entity + "." + own;
        if (spec.isString() || spec.isNumber()) {
            return new FieldMap.Entry(name, entity, spec.asString(), null, null, Map.of());
        }
        if (!spec.isObject() || !spec.has("field") || !spec.get("field").isValueNode()) {
            throw new IllegalArgumentException("field map: " + name + " must be a field's label or code, or a map with 'field'");
        }
        for (String key : spec.propertyNames()) {
            if (!ENTRY_KEYS.contains(key)) {
                throw new IllegalArgumentException("field map: " + name + " has '" + key + "'; an entry takes " + ENTRY_KEYS);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode given = spec.get("values");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                throw new IllegalArgumentException("field map: " + name + ".values must map own names to labels, XML_IDs or IDs");
            }
            for (Map.Entry<String, JsonNode> v : given.properties()) {
                if (!v.getValue().isValueNode() || v.getValue().isNull()) {
                    throw new IllegalArgumentException("field map: " + name + ".values." + v.getKey() + " must be a label, XML_ID or ID");
                }
                values.put(v.getKey(), v.getValue().asString());
            }
        }
        return new FieldMap.Entry(name, entity, spec.get("field").asString(), optional(spec, "type"), optional(spec, "pipeline"), values);
    }

    private static String optional(JsonNode spec, String key) {
        JsonNode value = spec.get(key);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** A starter map: the entity's writable fields, custom fields first, enumerations with their items. */
    public static String starter(EntitySchema schema) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# b24kit field map: own names for the portal's fields (see docs/schema.md).\n")
                .append("# Keep the entries your code uses; `b24kit map check FILE` tells what no longer resolves.\n")
                .append(key(schema.entity().key())).append(":\n");
        List<FieldRef> fields = new ArrayList<>(schema.fields().stream().filter(f -> f.custom()).toList());
        schema.fields().stream().filter(f -> !f.custom() && !f.readOnly() && !f.deprecated()).forEach(fields::add);
        Set<String> used = new LinkedHashSet<>();
        for (FieldRef f : fields) {
            String own = unique(used, ownName(f.label("en"), f.camel()));
            yaml.append("  ").append(key(own)).append(":\n");
            yaml.append("    field: ").append(quote(f.custom() && names(schema, f.label("en"), f) ? f.label("en") : f.upper()))
                    .append("  # ").append(f.upper()).append(", ").append(f.portalType()).append('\n');
            yaml.append("    type: ").append(f.portalType().isEmpty() ? f.type().name().toLowerCase(Locale.ROOT) : f.portalType()).append('\n');
            if (f.type() == FieldType.ENUMERATION && !f.items().isEmpty()) {
                yaml.append("    values:\n");
                Set<String> usedValues = new LinkedHashSet<>();
                for (EnumItem item : f.items()) {
                    yaml.append("      ").append(key(unique(usedValues, ownName(item.value(), "item_" + item.id()))))
                            .append(": ").append(quote(item.value())).append('\n');
                }
            }
        }
        return yaml.toString();
    }

    /** Whether {@code label} names {@code field} and no other: a label the map can rely on. */
    private static boolean names(EntitySchema schema, String label, FieldRef field) {
        try {
            return schema.find(label).filter(field::equals).isPresent();
        } catch (dev.b24kit.schema.AmbiguousField e) {
            return false;
        }
    }

    private static String ownName(String label, String fallback) {
        String slug = Text.normalize(label).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return slug.isEmpty() || Text.isCyrillic(label) ? fallback : slug;
    }

    private static String unique(Set<String> used, String name) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + "_" + i;
        }
        return candidate;
    }

    private static String key(String text) {
        return text.matches("[A-Za-z0-9_.:-]+") ? text : quote(text);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
