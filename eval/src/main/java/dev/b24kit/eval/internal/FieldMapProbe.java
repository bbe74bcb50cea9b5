package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.b24kit.eval.MapResolution;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.schema.FieldMapCheck;

/**
 * Probe 2: every entry of the field map resolves on this portal (field, type, the enumeration items and
 * stages it relies on, in the pipeline it names), and drift since the last run is named.
 */
final class FieldMapProbe implements Probe {

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String id() {
        return "field-map";
    }

    @Override
    public String title() {
        return "Field map";
    }

    @Override
    public String writes() {
        return null;
    }

    @Override
    public Outcome run(ProbeContext context) {
        FieldMap map = context.config().fieldMap();
        if (map == null) {
            return Outcome.skipped("no field map given (--map FILE)");
        }
        FieldMapCheck check = map.check(context.catalog());
        MapResolution now = resolution(check);
        context.resolution().set(now);
        List<String> evidence = new ArrayList<>();
        for (FieldMapCheck.Outcome outcome : check.entries()) {
            evidence.add(switch (outcome) {
                case FieldMapCheck.Resolved r -> "ok      " + r.entry().name() + " → " + r.field().upper() + " / "
                        + r.field().camel() + " (" + r.field().title() + ", " + r.field().portalType() + ")"
                        + (r.values().isEmpty() ? "" : " values " + r.values());
                case FieldMapCheck.Broken b -> "BROKEN  " + b.entry().name() + ": " + b.problem()
                        + (b.candidates().isEmpty() ? "" : "; closest: " + String.join(", ", b.candidates()));
            });
        }
        List<String> drift = Drift.between(context.config().previous(), now, context.catalog());
        if (context.config().previous().entries().isEmpty()) {
            evidence.add("drift: no earlier run to compare with (the report folder's report.json keeps this run's resolution)");
        } else if (drift.isEmpty()) {
            evidence.add("drift: none since the last run");
        } else {
            drift.forEach(d -> evidence.add("drift: " + d));
        }
        int entries = check.entries().size();
        String driftText = drift.isEmpty() ? "" : "; drift since the last run: " + String.join("; ", drift);
        return Outcome.of(check.ok(), "all " + entries + " entries resolve" + driftText,
                check.broken().size() + " of " + entries + " entries do not resolve" + driftText, evidence);
    }

    private static MapResolution resolution(FieldMapCheck check) {
        List<MapResolution.Entry> entries = new ArrayList<>();
        for (FieldMapCheck.Outcome outcome : check.entries()) {
            if (outcome instanceof FieldMapCheck.Resolved r) {
                Map<String, String> values = new LinkedHashMap<>();
                r.values().forEach((name, value) -> values.put(name, String.valueOf(value)));
                entries.add(new MapResolution.Entry(r.entry().name(), r.field().entity().key(), r.field().upper(),
                        r.field().title(), r.field().portalType(), values));
            }
        }
        return new MapResolution(entries);
    }
}
