package dev.b24kit.eval.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Params;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.RecordView;
import dev.b24kit.schema.SchemaRefusal;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;

/**
 * Probe 4: every mapped field takes a valid value through a verified write on a sandbox record, and reads
 * back the same in both dialects: {@code crm.X.get} and {@code crm.item.get} (docs/bitrix24-behavior.md §9.3).
 */
final class RoundTripProbe implements Probe {

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String id() {
        return "round-trip";
    }

    @Override
    public String title() {
        return "Round trip of mapped fields";
    }

    @Override
    public String writes() {
        return "it writes every mapped field of sandbox records";
    }

    @Override
    public Outcome run(ProbeContext context) {
        FieldMap map = context.config().fieldMap();
        if (map == null) {
            return Outcome.skipped("no field map given (--map FILE)");
        }
        List<String> evidence = new ArrayList<>();
        Map<String, Long> records = new HashMap<>();
        int ok = 0;
        int tried = 0;
        for (FieldMap.Entry entry : map.entries()) {
            String line;
            try {
                line = roundTrip(context, map, entry, records);
            } catch (SchemaRefusal e) {
                line = "FAILED  " + entry.name() + ": does not resolve (" + e.getMessage() + ")";
            }
            tried += line.startsWith("skipped") ? 0 : 1;
            ok += line.startsWith("ok") ? 1 : 0;
            evidence.add(line);
        }
        return Outcome.of(ok == tried, ok + " of " + tried + " mapped fields read back as written in both dialects",
                (tried - ok) + " of " + tried + " mapped fields did not read back as written", evidence);
    }

    private static String roundTrip(ProbeContext context, FieldMap map, FieldMap.Entry entry, Map<String, Long> records) {
        FieldRef field = map.field(context.catalog(), entry.name());
        EntityType entity = field.entity();
        EntitySchema schema = context.catalog().schema(entity);
        if (field.readOnly() || field.immutable()) {
            return "skipped " + entry.name() + ": " + field.upper() + " is read-only or immutable on this portal";
        }
        Object value = SampleValues.of(field, entry, schema, context.runId());
        if (value == null) {
            return "skipped " + entry.name() + ": the eval writes no " + field.type().name().toLowerCase(java.util.Locale.ROOT) + " fields";
        }
        String pipeline = field.upper().equals("STAGE_ID") || field.camel().equals("stageId") ? entry.pipeline() : null;
        long id = records.computeIfAbsent(entity.key() + "|" + pipeline, k -> context.sandbox().create(entity.key(), pipeline));
        Receipt receipt = context.writes().apply(Change.update(entity.key(), id, Map.of(field.upper(), value)).inPipeline(pipeline));
        if (!(receipt instanceof Receipt.Confirmed)) {
            return "FAILED  " + entry.name() + " (" + field.upper() + ") = " + value + ": the verified write ended " + receipt.kind()
                    + " " + receipt.toJson();
        }
        Object item = read(context, entity, id, field, true);
        if (entity.isSmartProcess()) {
            return "ok      " + entry.name() + " (" + field.camel() + ") = " + value + " → crm.item " + item + " (one dialect: a smart process)";
        }
        Object legacy = read(context, entity, id, field, false);
        boolean same = same(legacy, item);
        return (same ? "ok      " : "FAILED  ") + entry.name() + " (" + field.upper() + " / " + field.camel() + ") = " + value
                + " → " + entity.legacyMethods() + ".get " + legacy + ", crm.item.get " + item + (same ? "" : ": the dialects disagree");
    }

    private static Object read(ProbeContext context, EntityType entity, long id, FieldRef field, boolean item) {
        JsonNode raw = item
                ? context.client().call("crm.item.get", Params.of("entityTypeId", entity.entityTypeId()).with("id", id)).result()
                : context.client().call(entity.legacyMethods() + ".get", Params.of("id", id)).result();
        RecordView view = context.catalog().read(entity, raw);
        return view.find(field.upper()).map(e -> e.labels().isEmpty() ? e.value() : e.value() + " " + e.labels()).orElse(null);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(String.valueOf(a), String.valueOf(b));
    }
}
