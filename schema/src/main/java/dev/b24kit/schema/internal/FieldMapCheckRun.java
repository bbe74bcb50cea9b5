package dev.b24kit.schema.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.schema.AmbiguousField;
import dev.b24kit.schema.CrmRecord;
import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.schema.FieldMapCheck;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.Operation;
import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.schema.UnknownEntity;
import dev.b24kit.schema.UnknownField;
import dev.b24kit.schema.ValueRefused;

/**
 * Resolves a field map's entries against a catalog: fields, expected types, and the values the code relies
 * on (spelled for the legacy methods, or for crm.item on a smart process).
 */
public final class FieldMapCheckRun {

    private FieldMapCheckRun() {
    }

    public static FieldMapCheck check(FieldMap map, FieldCatalog catalog) {
        catalog.refresh();
        List<FieldMapCheck.Outcome> outcomes = new ArrayList<>();
        for (FieldMap.Entry entry : map.entries()) {
            outcomes.add(check(entry, catalog));
        }
        return new FieldMapCheck(outcomes);
    }

    private static FieldMapCheck.Outcome check(FieldMap.Entry entry, FieldCatalog catalog) {
        FieldRef field;
        try {
            field = catalog.field(catalog.entity(entry.entity()), entry.field());
        } catch (UnknownEntity e) {
            return new FieldMapCheck.Broken(entry, "no entity '" + entry.entity() + "' on this portal", e.accepted());
        } catch (UnknownField e) {
            return new FieldMapCheck.Broken(entry, "field '" + entry.field() + "' no longer resolves (renamed or deleted?)", e.accepted());
        } catch (AmbiguousField e) {
            return new FieldMapCheck.Broken(entry, "'" + entry.field() + "' names several fields; use a code", e.accepted());
        }
        if (entry.type() != null && !entry.type().equalsIgnoreCase(field.portalType())
                && !entry.type().equalsIgnoreCase(field.type().name())) {
            return new FieldMapCheck.Broken(entry, "type changed: the map expects " + entry.type() + ", " + field.describe()
                    + " is " + field.portalType(), List.of(field.portalType()));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : entry.values().entrySet()) {
            try {
                values.put(v.getKey(), value(catalog, field, entry, v.getValue(),
                        field.entity().isSmartProcess() ? Dialect.ITEM : Dialect.LEGACY));
            } catch (SchemaRefusal e) {
                return new FieldMapCheck.Broken(entry, "value " + v.getKey() + " ('" + v.getValue() + "') no longer resolves: "
                        + e.getMessage().replaceFirst("; accepted: .*", ""), e.accepted());
            }
        }
        return new FieldMapCheck.Resolved(entry, field, values);
    }

    public static Object value(FieldMap map, FieldCatalog catalog, FieldMap.Entry entry, String valueName, Dialect dialect) {
        String spec = entry.values().get(valueName);
        if (spec == null) {
            throw new IllegalArgumentException("the field map's " + entry.name() + " has no value '" + valueName + "'; it has "
                    + entry.values().keySet());
        }
        return value(catalog, map.field(catalog, entry.name()), entry, spec, dialect);
    }

    /** Through the catalog's resolution, so an item added or removed since its load is seen (a miss loads again). */
    private static Object value(FieldCatalog catalog, FieldRef field, FieldMap.Entry entry, String spec, Dialect dialect) {
        if (!List.of(FieldType.ENUMERATION, FieldType.STATUS, FieldType.PIPELINE, FieldType.BOOLEAN).contains(field.type())) {
            throw new ValueRefused(field, spec, ValueRefused.Reason.WRONG_SHAPE, "is a value of a "
                    + field.type().name().toLowerCase(Locale.ROOT) + " field; a map names values of enumerations, stages, "
                    + "statuses, pipelines and flags only", List.of());
        }
        CrmRecord record = CrmRecord.of(field.entity()).with(field.upper(), spec);
        if (entry.pipeline() != null) {
            record = record.inPipeline(entry.pipeline());
        }
        Object api = catalog.resolve(record, dialect, Operation.ADD).values().getFirst().api();
        return field.multiple() && api instanceof List<?> list && list.size() == 1 ? list.getFirst() : api;
    }
}
