package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.b24kit.eval.MapResolution;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.Pipeline;
import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.schema.StatusItem;

/**
 * Names what changed between the field map's resolution in the last run and now: a field renamed, removed
 * or re-typed, an entry now resolving to another field, an item or stage removed or re-numbered.
 */
final class Drift {

    private Drift() {
    }

    /** One sentence per change, in the map's order; empty when nothing changed (or there was no last run). */
    static List<String> between(MapResolution previous, MapResolution now, FieldCatalog catalog) {
        List<String> changes = new ArrayList<>();
        for (MapResolution.Entry before : previous.entries()) {
            MapResolution.Entry after = now.entry(before.name());
            if (after != null) {
                compare(before, after, changes);
            } else {
                gone(before, catalog, changes);
            }
        }
        return changes;
    }

    private static void compare(MapResolution.Entry before, MapResolution.Entry after, List<String> changes) {
        String name = before.name();
        if (!after.field().equals(before.field())) {
            changes.add(name + " now resolves to " + after.field() + " (was " + before.field() + ")");
        } else if (!after.title().equals(before.title())) {
            changes.add(name + ": field " + before.field() + " renamed '" + before.title() + "' → '" + after.title() + "'");
        }
        if (!after.type().equals(before.type())) {
            changes.add(name + ": type changed from " + before.type() + " to " + after.type());
        }
        for (Map.Entry<String, String> value : before.values().entrySet()) {
            String now = after.values().get(value.getKey());
            if (now != null && !now.equals(value.getValue())) {
                changes.add(name + ": value '" + value.getKey() + "' is now " + now + " (was " + value.getValue() + ")");
            }
        }
    }

    /** The entry no longer resolves: say whether its field went, or what of it did. */
    private static void gone(MapResolution.Entry before, FieldCatalog catalog, List<String> changes) {
        String name = before.name();
        Optional<FieldRef> field;
        EntitySchema schema;
        try {
            schema = catalog.schema(catalog.entity(before.entity()));
            field = schema.fields().stream().filter(f -> f.upper().equals(before.field())).findFirst();
        } catch (SchemaRefusal e) {
            changes.add(name + ": entity " + before.entity() + " removed from the portal");
            return;
        }
        if (field.isEmpty()) {
            changes.add(name + ": field " + before.field() + " ('" + before.title() + "') removed from the portal");
            return;
        }
        if (!field.get().title().equals(before.title())) {
            changes.add(name + ": field " + before.field() + " renamed '" + before.title() + "' → '" + field.get().title() + "'");
        }
        Set<String> present = values(field.get(), schema);
        for (Map.Entry<String, String> value : before.values().entrySet()) {
            if (!present.contains(value.getValue())) {
                changes.add(name + ": item '" + value.getKey() + "' (" + value.getValue() + ") removed from " + before.field());
            }
        }
    }

    private static Set<String> values(FieldRef field, EntitySchema schema) {
        Set<String> present = new HashSet<>();
        field.items().forEach(i -> present.add(Long.toString(i.id())));
        for (Pipeline pipeline : schema.pipelines()) {
            present.add(Integer.toString(pipeline.id()));
            pipeline.stages().forEach(s -> present.add(s.statusId()));
        }
        schema.statuses(field.statusType()).stream().map(StatusItem::statusId).forEach(present::add);
        return present;
    }
}
