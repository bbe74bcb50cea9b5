package dev.b24kit.cli;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.StatusItem;

/** One entity's fields as a text table (allowed values on indented lines below their field) or as JSON. */
final class FieldTable {

    private FieldTable() {
    }

    static String text(EntitySchema schema) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CODE", "CAMEL", "LABEL", "TYPE", "FLAGS"});
        for (FieldRef f : schema.fields()) {
            rows.add(new String[] {f.upper(), f.camel(), f.title(), f.portalType() + (f.multiple() ? "[]" : ""), flags(f)});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i < row.length - 1 ? String.format("%-" + (widths[i] + 2) + "s", row[i]) : row[i]);
            }
            text.append(line.toString().stripTrailing()).append('\n');
            if (r > 0) {
                for (String values : values(schema, schema.fields().get(r - 1))) {
                    text.append("    ").append(values).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String flags(FieldRef f) {
        List<String> flags = new ArrayList<>();
        if (f.custom()) {
            flags.add("custom");
        }
        if (f.required()) {
            flags.add("required");
        }
        if (f.readOnly()) {
            flags.add("read-only");
        }
        f.immutableIn().forEach(d -> flags.add("immutable-" + d.name().toLowerCase(java.util.Locale.ROOT)));
        if (f.deprecated()) {
            flags.add("deprecated");
        }
        if (f.dialects().size() == 1) {
            flags.add(f.dialects().iterator().next().name().toLowerCase(java.util.Locale.ROOT) + "-only");
        }
        return String.join(",", flags);
    }

    /** Allowed values as lines of {@code label → ID}: items, stages per pipeline, a status list, pipelines. */
    private static List<String> values(EntitySchema schema, FieldRef f) {
        List<String> lines = new ArrayList<>();
        if (f.type() == FieldType.ENUMERATION && !f.items().isEmpty()) {
            lines.add(String.join(", ", f.items().stream().map(i -> i.value() + " → " + i.id()).toList()));
        } else if (f.type() == FieldType.PIPELINE && !schema.pipelines().isEmpty()) {
            lines.add(String.join(", ", schema.pipelines().stream().map(p -> p.name() + " → " + p.id()).toList()));
        } else if (f.type() == FieldType.STATUS && !schema.statuses(f.statusType()).isEmpty()
                && !f.statusType().contains("STAGE")) {
            lines.add(statuses(schema.statuses(f.statusType())));
        } else if (f.type() == FieldType.STATUS && !f.readOnly()) {
            for (Pipeline p : schema.pipelines()) {
                lines.add(p.name() + " (" + p.id() + "): " + statuses(p.stages()));
            }
        }
        return lines;
    }

    private static String statuses(List<StatusItem> list) {
        return String.join(", ", list.stream().map(s -> s.name() + " → " + s.statusId()).toList());
    }

    static ArrayNode json(EntitySchema schema) {
        ArrayNode fields = JsonNodeFactory.instance.arrayNode();
        for (FieldRef f : schema.fields()) {
            ObjectNode field = fields.addObject();
            field.put("code", f.upper()).put("camel", f.camel()).put("title", f.title());
            ObjectNode labels = field.putObject("labels");
            f.labels().forEach((language, l) -> labels.putObject(language.isEmpty() ? "portal" : language)
                    .put("form", l.form()).put("list", l.list()).put("filter", l.filter()));
            field.put("type", f.portalType()).put("multiple", f.multiple()).put("required", f.required())
                    .put("readOnly", f.readOnly()).put("deprecated", f.deprecated()).put("custom", f.custom());
            ArrayNode immutable = field.putArray("immutableIn");
            f.immutableIn().forEach(d -> immutable.add(d.name().toLowerCase(java.util.Locale.ROOT)));
            if (!f.statusType().isEmpty()) {
                field.put("statusType", f.statusType());
            }
            if (!f.items().isEmpty()) {
                ArrayNode items = field.putArray("items");
                for (EnumItem i : f.items()) {
                    items.addObject().put("id", i.id()).put("value", i.value()).put("xmlId", i.xmlId());
                }
            }
            List<String> values = values(schema, f);
            if (f.type() != FieldType.ENUMERATION && !values.isEmpty()) {
                ArrayNode allowed = field.putArray("allowed");
                values.forEach(allowed::add);
            }
        }
        return fields;
    }
}
