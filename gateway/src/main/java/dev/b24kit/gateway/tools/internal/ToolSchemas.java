package dev.b24kit.gateway.tools.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.b24kit.gateway.tools.ToolSpec;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.StatusItem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The tools' descriptions and JSON Schemas, with the portal's entities and stages as allowed values. */
public final class ToolSchemas {

    /** Beyond this many values an enum stops helping: the description points at describe_entity instead. */
    private static final int FEW = 120;

    private ToolSchemas() {
    }

    public static List<ToolSpec> specs(FieldCatalog catalog, boolean readOnly) {
        ArrayNode entities = entityNames(catalog);
        List<ToolSpec> specs = new ArrayList<>();
        specs.add(new ToolSpec("describe_entity", "Describe an entity",
                "Lists the fields of a CRM entity: code, label, type, whether required or read-only, the allowed values of "
                        + "lists, and for deals and smart processes the stages of each pipeline. Call it before writing to learn "
                        + "what the fields are called and which values they take. entity: deal, contact, company, lead, or a "
                        + "smart process by name or item:ID.",
                schema(props(entity(entities)), "entity"), output("entity", "fields", "pipelines"), true, false, true));
        specs.add(new ToolSpec("search", "Search records",
                "Finds records. filter: an object of field label or code (optionally followed by an operator: >=, <=, >, <, "
                        + "!=, %) to a value as people say it, e.g. {\"Stage\": \"Won\", \"Amount >=\": 1000}; a list value means "
                        + "any of them. select: the fields to show (default all). order: {field: asc|desc} (default by ID). "
                        + "Rows come in the canonical view: per field its code, label, value and the label of the value. "
                        + "A result larger than limit answers the total count and a cursor: call again with it to continue.",
                schema(props(entity(entities), prop("filter", "object", "Field label or code [operator] → value"),
                        prop("select", "array", "Field labels or codes to show"),
                        prop("order", "object", "Field label or code → asc or desc"),
                        prop("limit", "integer", "Rows to show, 1 to 50 (default 20)"),
                        prop("cursor", "string", "The cursor of the previous result, to continue")), "entity"),
                output("entity", "total", "returned", "rows"), true, false, true));
        specs.add(new ToolSpec("get", "Get a record", "Reads one record by ID, in the canonical view (labels beside IDs).",
                schema(props(entity(entities), prop("id", "integer", "The record's ID")), "entity", "id"),
                output("entity", "id", "record"), true, false, true));
        if (!readOnly) {
            specs.addAll(writeSpecs(catalog, entities));
        }
        specs.add(new ToolSpec("changes_since", "Changes since a cursor",
                "The change feed: what changed in the CRM after a cursor (0 or absent: from the start), optionally of one "
                        + "entity. Each change names the record, created/updated/deleted, and per field before and after with "
                        + "labels. Answers a cursor: pass it next time to get only newer changes.",
                schema(props(prop("cursor", "string", "The cursor of the previous answer; 0 for the start"),
                        entity(entities), prop("limit", "integer", "At most this many changes, 1 to 200 (default 50)"))),
                output("changes", "cursor", "more"), true, false, true));
        specs.add(new ToolSpec("proposal_status", "Status of proposals",
                "What became of proposals made in observe mode: open, approved, rejected or applied (with the receipt of "
                        + "the write a person approved). Without id: every proposal of this session.",
                schema(props(prop("id", "string", "A proposal id from a write's answer; absent: all of this session's"))),
                output("proposals"), true, false, true));
        return specs;
    }

    private static List<ToolSpec> writeSpecs(FieldCatalog catalog, ArrayNode entities) {
        String receipt = " Answers a receipt: confirmed (read back holding every field), drifted (written, but these fields "
                + "hold something else, with the per-field diff), refused (nothing sent: the field, the value and the "
                + "accepted values, so correct and retry), unknown (may or may not have happened: retry with the same "
                + "arguments) — or in observe mode a proposal and its id, with nothing sent to the portal.";
        String fields = "An object of field label or code → value as people say it (labels of list values, 1500 RUB, "
                + "2025-03-01); null clears a field.";
        List<ToolSpec> specs = new ArrayList<>();
        specs.add(new ToolSpec("create", "Create a record",
                "Creates a record, at most once per key: a retry with the same key (after a timeout, a crash) never creates a "
                        + "second one. Without key, the key is derived from the content." + receipt,
                schema(props(entity(entities), prop("fields", "object", fields),
                        prop("key", "string", "Idempotency key, e.g. your own order id"),
                        prop("reason", "string", "Why, for the person reviewing it")), "entity", "fields"),
                output("receipt"), false, false, true));
        specs.add(new ToolSpec("update", "Update a record",
                "Sets fields of a record and reads it back to verify." + receipt,
                schema(props(entity(entities), prop("id", "integer", "The record's ID"), prop("fields", "object", fields),
                        prop("reason", "string", "Why, for the person reviewing it")), "entity", "id", "fields", "reason"),
                output("receipt"), false, true, true));
        ObjectNode stage = prop("stage", "string", "The stage's name (or its ID) within the record's pipeline");
        ArrayNode stages = stageNames(catalog);
        if (stages.size() <= FEW) {
            stage.set("enum", stages);
        }
        specs.add(new ToolSpec("move_stage", "Move a record to a stage",
                "Moves a deal, lead or smart-process item to a stage named within the record's own pipeline (see "
                        + "describe_entity for the stages of each pipeline), and verifies it." + receipt,
                schema(props(entity(entities), prop("id", "integer", "The record's ID"), stage,
                        prop("reason", "string", "Why, for the person reviewing it")), "entity", "id", "stage", "reason"),
                output("receipt"), false, true, true));
        return specs;
    }

    private static ArrayNode entityNames(FieldCatalog catalog) {
        ArrayNode names = Json.MAPPER.createArrayNode();
        for (EntityType type : catalog.entities()) {
            names.add(type.key());
            if (type.isSmartProcess()) {
                names.add(type.title());
            }
        }
        return names;
    }

    private static ArrayNode stageNames(FieldCatalog catalog) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityType type : catalog.entities()) {
            EntitySchema schema = catalog.schema(type);
            for (Pipeline pipeline : schema.pipelines()) {
                pipeline.stages().forEach(s -> names.add(s.name()));
                pipeline.stages().forEach(s -> names.add(s.statusId()));
            }
            if (type.equals(EntityType.LEAD)) {
                schema.statuses("STATUS").stream().map(StatusItem::name).forEach(names::add);
                schema.statuses("STATUS").stream().map(StatusItem::statusId).forEach(names::add);
            }
        }
        ArrayNode out = Json.MAPPER.createArrayNode();
        names.forEach(out::add);
        return out;
    }

    private static ObjectNode entity(ArrayNode names) {
        ObjectNode entity = prop("entity", "string", "deal, contact, company, lead, or a smart process by name or item:ID");
        entity.set("enum", names);
        return entity;
    }

    private static ObjectNode prop(String name, String type, String description) {
        return Json.object().put("name", name).put("type", type).put("description", description);
    }

    private static ObjectNode props(ObjectNode... props) {
        ObjectNode out = Json.object();
        for (ObjectNode p : props) {
            String name = p.remove("name").asString();
            out.set(name, p);
        }
        return out;
    }

    private static ObjectNode schema(ObjectNode properties, String... required) {
        ObjectNode schema = Json.object().put("type", "object");
        schema.set("properties", properties);
        ArrayNode req = schema.putArray("required");
        for (String r : required) {
            req.add(r);
        }
        return schema;
    }

    private static ObjectNode output(String... required) {
        ObjectNode schema = Json.object().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("summary").put("type", "string").put("description", "What the result means, in one line");
        ArrayNode req = schema.putArray("required");
        req.add("summary");
        for (String r : required) {
            req.add(r);
        }
        return schema;
    }
}
