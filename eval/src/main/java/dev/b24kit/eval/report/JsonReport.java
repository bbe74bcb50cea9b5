package dev.b24kit.eval.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.eval.EvalReport;
import dev.b24kit.eval.MapResolution;
import dev.b24kit.eval.ProbeResult;
import dev.b24kit.eval.Telemetry;

/** {@code report.json}: the report as JSON, and the field map's resolution read back from it. */
final class JsonReport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonReport() {
    }

    static ObjectNode tree(EvalReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("portal", report.portal());
        root.put("testPortal", report.testPortal());
        root.put("readOnly", report.readOnly());
        root.put("startedAt", report.startedAt().toString());
        root.put("durationMillis", report.duration().toMillis());
        root.put("passed", report.passed());
        ArrayNode probes = root.putArray("probes");
        for (ProbeResult p : report.probes()) {
            ObjectNode probe = probes.addObject();
            probe.put("number", p.number());
            probe.put("id", p.id());
            probe.put("title", p.title());
            probe.put("status", p.status().name().toLowerCase(java.util.Locale.ROOT));
            probe.put("summary", p.summary());
            probe.put("durationMillis", p.duration().toMillis());
            ArrayNode evidence = probe.putArray("evidence");
            p.evidence().forEach(evidence::add);
        }
        root.set("telemetry", telemetry(report.telemetry()));
        root.set("fieldMap", resolution(report.resolution()));
        return root;
    }

    private static ObjectNode telemetry(Telemetry t) {
        ObjectNode node = JSON.createObjectNode();
        node.put("bucketBurst", t.bucketBurst());
        node.put("operatingLimitSeconds", t.operatingLimit());
        node.set("latencyMillis", samples(t.latencies()));
        node.set("bucketHeadroom", samples(t.bucket()));
        node.set("operatingHeadroomSeconds", samples(t.operating()));
        return node;
    }

    private static ArrayNode samples(List<Telemetry.Sample> samples) {
        ArrayNode array = JSON.createArrayNode();
        for (Telemetry.Sample s : samples) {
            array.addArray().add(s.atMillis()).add(s.series()).add(Math.round(s.value() * 100) / 100.0);
        }
        return array;
    }

    private static ArrayNode resolution(MapResolution resolution) {
        ArrayNode entries = JSON.createArrayNode();
        for (MapResolution.Entry e : resolution.entries()) {
            ObjectNode entry = entries.addObject();
            entry.put("name", e.name());
            entry.put("entity", e.entity());
            entry.put("field", e.field());
            entry.put("title", e.title());
            entry.put("type", e.type());
            ObjectNode values = entry.putObject("values");
            e.values().forEach(values::put);
        }
        return entries;
    }

    /** The {@code fieldMap} member of a {@code report.json} tree; {@link MapResolution#NONE} when absent. */
    static MapResolution resolution(JsonNode root) {
        JsonNode entries = root.path("fieldMap");
        if (!entries.isArray()) {
            return MapResolution.NONE;
        }
        List<MapResolution.Entry> read = new java.util.ArrayList<>();
        for (JsonNode e : entries) {
            Map<String, String> values = new LinkedHashMap<>();
            e.path("values").properties().forEach(v -> values.put(v.getKey(), v.getValue().asString()));
            read.add(new MapResolution.Entry(e.path("name").asString(), e.path("entity").asString(), e.path("field").asString(),
                    e.path("title").asString(""), e.path("type").asString(""), values));
        }
        return new MapResolution(read);
    }
}
