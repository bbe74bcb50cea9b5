package dev.b24kit.gateway.tools.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.schema.StatusItem;
import tools.jackson.databind.node.ObjectNode;

/**
 * A search filter in people's words ({@code {"Stage": "Won", "Amount >=": 1000}}) → the portal's filter
 * ({@code {"STAGE_ID": ["WON", "C1:WON"], ">=OPPORTUNITY": 1000}}): fields by label or code, the operator as a
 * suffix or the portal's prefix, list values (stages, enumerations, statuses, pipelines, flags) by label.
 * A stage name that several pipelines share matches the stage in each.
 */
final class FilterTerms {

    private static final Pattern PREFIX = Pattern.compile("^(>=|<=|!=|!%|=%|%=|>|<|!|=|%|@|!@)\\s*(.+)$");
    private static final Pattern SUFFIX = Pattern.compile("^(.+?)\\s*(>=|<=|!=|>|<|=|%)$");

    private FilterTerms() {
    }

    static ObjectNode resolve(EntitySchema schema, Map<String, Object> filter, Dialect dialect) {
        ObjectNode out = Json.object();
        for (Map.Entry<String, Object> term : filter.entrySet()) {
            String key = term.getKey().strip();
            String operator = "";
            FieldRef field = find(schema, key);
            if (field == null) {
                // not a field's name as a whole ("Скидка, %" is one): an operator before or after the name
                String name = key;
                Matcher prefix = PREFIX.matcher(key);
                Matcher suffix = SUFFIX.matcher(key);
                if (prefix.matches()) {
                    operator = prefix.group(1);
                    name = prefix.group(2);
                } else if (suffix.matches()) {
                    operator = suffix.group(2).equals("=") ? "" : suffix.group(2);
                    name = suffix.group(1);
                }
                try {
                    field = schema.field(name.strip());
                } catch (SchemaRefusal e) {
                    throw Refused.of(e);
                }
            }
            Object value = value(schema, field, term.getValue());
            out.set(operator + field.code(dialect), Json.MAPPER.valueToTree(value));
        }
        return out;
    }

    private static FieldRef find(EntitySchema schema, String name) {
        try {
            return schema.find(name).orElse(null);
        } catch (SchemaRefusal e) {
            throw Refused.of(e);
        }
    }

    private static Object value(EntitySchema schema, FieldRef field, Object given) {
        if (given instanceof List<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object each : list) {
                Object one = value(schema, field, each);
                if (one instanceof List<?> many) {
                    values.addAll(many);
                } else {
                    values.add(one);
                }
            }
            return values;
        }
        if (given == null) {
            return "";
        }
        String text = String.valueOf(given).strip();
        return switch (field.type()) {
            case STATUS -> Describing.isStage(schema, field) ? stage(schema, field, text) : status(schema, field, text);
            case ENUMERATION -> item(field, text);
            case PIPELINE -> pipeline(schema, field, text);
            case BOOLEAN -> flag(field, text);
            default -> given;
        };
    }

    private static Object stage(EntitySchema schema, FieldRef field, String text) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (Pipeline pipeline : schema.pipelines()) {
            for (StatusItem stage : pipeline.stages()) {
                names.add(stage.name());
                if (same(stage.name(), text) || stage.statusId().equalsIgnoreCase(text)) {
                    ids.add(stage.statusId());
                }
            }
        }
        if (ids.isEmpty()) {
            throw refused(field, text, List.copyOf(names));
        }
        return ids.size() == 1 ? ids.iterator().next() : List.copyOf(ids);
    }

    private static Object status(EntitySchema schema, FieldRef field, String text) {
        List<StatusItem> items = schema.statuses(field.statusType());
        for (StatusItem item : items) {
            if (same(item.name(), text) || item.statusId().equalsIgnoreCase(text)) {
                return item.statusId();
            }
        }
        throw refused(field, text, items.stream().map(StatusItem::describe).toList());
    }

    private static Object item(FieldRef field, String text) {
        for (EnumItem item : field.items()) {
            if (same(item.value(), text) || item.xmlId().equalsIgnoreCase(text) || Long.toString(item.id()).equals(text)) {
                return item.id();
            }
        }
        throw refused(field, text, field.items().stream().map(EnumItem::describe).toList());
    }

    private static Object pipeline(EntitySchema schema, FieldRef field, String text) {
        for (Pipeline pipeline : schema.pipelines()) {
            if (same(pipeline.name(), text) || Integer.toString(pipeline.id()).equals(text)) {
                return pipeline.id();
            }
        }
        throw refused(field, text, schema.pipelines().stream().map(Pipeline::describe).toList());
    }

    private static Object flag(FieldRef field, String text) {
        boolean userField = field.portalType().equalsIgnoreCase("boolean");
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "1", "да" -> userField ? 1 : "Y";
            case "false", "n", "no", "0", "нет" -> userField ? 0 : "N";
            default -> throw refused(field, text, List.of("true", "false"));
        };
    }

    private static boolean same(String label, String text) {
        return label.strip().equalsIgnoreCase(text) || label.replace('ё', 'е').equalsIgnoreCase(text.replace('ё', 'е'));
    }

    private static Refused refused(FieldRef field, String text, List<String> accepted) {
        return new Refused("filter: " + field.entity().key() + " field " + field.describe() + " has no value '" + text
                + "'; allowed: " + String.join(", ", accepted), field.describe(), text, accepted);
    }
}
