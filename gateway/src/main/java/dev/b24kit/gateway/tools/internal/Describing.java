package dev.b24kit.gateway.tools.internal;

import java.util.Locale;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.EnumItem;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.StatusItem;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code describe_entity}: an entity's fields with labels, types, flags and allowed values; stages per pipeline. */
public final class Describing {

    private final FieldCatalog catalog;

    public Describing(FieldCatalog catalog) {
        this.catalog = catalog;
    }

    public ObjectNode describe(Args args) {
        EntitySchema schema = catalog.schema(Entities.resolve(catalog, args.text("entity")));
        EntityType entity = schema.entity();
        ObjectNode out = Json.object();
        out.put("entity", entity.key());
        out.put("title", entity.title());
        out.put("entityTypeId", entity.entityTypeId());
        ArrayNode fields = out.putArray("fields");
        for (FieldRef field : schema.fields()) {
            fields.add(field(schema, field));
        }
        ArrayNode pipelines = out.putArray("pipelines");
        for (Pipeline pipeline : schema.pipelines()) {
            ObjectNode p = pipelines.addObject();
            p.put("id", pipeline.id());
            p.put("name", pipeline.name());
            p.put("default", pipeline.isDefault());
            ArrayNode stages = p.putArray("stages");
            for (StatusItem stage : pipeline.stages()) {
                stages.addObject().put("id", stage.statusId()).put("name", stage.name()).put("semantics", stage.semantics());
            }
        }
        out.put("summary", entity.key() + ": " + schema.fields().size() + " fields" + (schema.pipelines().isEmpty() ? ""
                : ", " + schema.pipelines().size() + " pipeline(s): " + String.join(", ",
                        schema.pipelines().stream().map(Pipeline::describe).toList()))
                + ". Name fields by label or code; give values as labels (or IDs).");
        return out;
    }

    private static ObjectNode field(EntitySchema schema, FieldRef field) {
        ObjectNode f = Json.object();
        f.put("code", field.upper());
        f.put("camel", field.camel());
        f.put("label", field.title());
        f.put("type", field.type().name().toLowerCase(Locale.ROOT));
        f.put("required", field.required());
        f.put("readOnly", field.readOnly() || field.immutable());
        f.put("multiple", field.multiple());
        if (field.custom()) {
            f.put("custom", true);
        }
        if (isStage(schema, field)) {
            f.put("values", "the stages of the record's pipeline: see pipelines");
        } else if (field.type() == FieldType.ENUMERATION) {
            ArrayNode values = f.putArray("values");
            for (EnumItem item : field.items()) {
                values.addObject().put("id", item.id()).put("label", item.value());
            }
        } else if (field.type() == FieldType.STATUS && !field.statusType().isEmpty()) {
            ArrayNode values = f.putArray("values");
            for (StatusItem item : schema.statuses(field.statusType())) {
                values.addObject().put("id", item.statusId()).put("label", item.name());
            }
        } else if (field.type() == FieldType.PIPELINE) {
            ArrayNode values = f.putArray("values");
            schema.pipelines().forEach(p -> values.addObject().put("id", p.id()).put("label", p.name()));
        }
        return f;
    }

    /** Whether the field is the record's stage, whose values depend on its pipeline. */
    static boolean isStage(EntitySchema schema, FieldRef field) {
        return field.type() == FieldType.STATUS && !schema.pipelines().isEmpty()
                && (field.upper().equals("STAGE_ID") || field.camel().equals("stageId"));
    }
}
