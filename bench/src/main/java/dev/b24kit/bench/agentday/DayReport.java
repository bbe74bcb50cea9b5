package dev.b24kit.bench.agentday;

import static dev.b24kit.bench.changes.BenchTracking.quantile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.testportal.TestPortal;

/**
 * Writes {@code summary.json} (the numbers and every violation with its evidence) and {@code timeline.html}
 * (one self-contained page, inline SVG) for a finished day. Secrets are in neither: the portal is named by
 * its origin, and no URL with the webhook's secret, no token is written.
 *
 * <p>Stateless.
 */
final class DayReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DayReport() {
    }

    static Path write(DayConfig config, Ledger ledger, Sampler sampler, TestPortal portal, Instant workStart,
                      Instant workEnd, Instant started, Duration convergence, List<Invariants.Violation> violations)
            throws IOException {
        List<Ledger.Operation> ops = ledger.operations();
        double seconds = Math.max(0.001, Duration.between(workStart, workEnd).toMillis() / 1000.0);
        // the work's calls: before it the initial load, after it the harness's own reads and the last reconciles
        List<CallTally.Call> calls = sampler.calls.between(workStart, workEnd);
        ObjectNode summary = JSON.createObjectNode();
        summary.put("passed", violations.isEmpty());
        summary.set("config", JSON.valueToTree(Map.of("operations", config.operations(), "sessions", config.sessions(),
                "seed", config.seed(), "restarts", config.restarts(), "gateways", config.gateways(),
                "store", config.postgres() ? "postgresql+redis" : "sqlite", "plan", config.standardPlan() ? "standard, real-time latency" : "unlimited",
                "reconcileSeconds", config.reconcile().toSeconds(), "faults", AgentDay.FAULTS)));
        summary.put("workSeconds", Math.round(seconds * 10) / 10.0);
        summary.put("totalSeconds", Duration.between(started, Instant.now()).toSeconds());
        summary.put("operationsPerSecond", Math.round(ops.size() / seconds * 100) / 100.0);
        summary.set("tools", JSON.valueToTree(perTool(ops)));
        summary.set("outcomes", JSON.valueToTree(count(ops.stream().map(Ledger.Operation::outcome).toList())));
        summary.put("attemptsWithoutAnswer", ops.stream().mapToInt(Ledger.Operation::interrupted).sum());
        summary.put("unknownReceiptsResolved", ops.stream().filter(o -> o.unknowns() > 0 && !o.outcome().equals("receipt:unknown"))
                .mapToInt(Ledger.Operation::unknowns).sum());
        summary.put("throttleWaits", Math.round(sampler.throttleWaits()));
        long http = calls.stream().filter(c -> !c.batchCommand()).count();
        summary.set("portalRequests", JSON.valueToTree(Map.of("http", http,
                "perSecond", Math.round(http / seconds * 100) / 100.0,
                "batchCommands", calls.stream().filter(CallTally.Call::batchCommand).count())));
        summary.set("faultsInjected", JSON.valueToTree(faults(calls)));
        summary.set("faultRulesStruck", JSON.valueToTree(ledger.faultsStruck));
        summary.set("eventDeliveries", JSON.valueToTree(new TreeMap<>(portal.events().outcomes())));
        summary.put("eventsAcknowledged", ledger.acknowledgedEvents);
        summary.set("restarts", JSON.valueToTree(ledger.restarts.stream().map(r -> Map.of("at", r.at().toString(),
                "what", r.what(), "downMillis", r.downMillis())).toList()));
        summary.put("mirrorConvergedSecondsAfterWork", convergence.toSeconds());
        long[] lag = sampler.samples.stream().mapToLong(x -> Math.round(x.lagSeconds())).sorted().toArray();
        summary.set("feedLagSeconds", JSON.valueToTree(Map.of("p50", quantile(lag, 0.5), "p90", quantile(lag, 0.9),
                "p99", quantile(lag, 0.99), "max", quantile(lag, 1.0), "samples", lag.length)));
        summary.set("notes", JSON.valueToTree(ledger.notes));
        summary.set("violations", JSON.valueToTree(violations));
        Path path = config.out().resolve("summary.json");
        Files.writeString(path, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder("at,operations,throttleWaits,lagSeconds\n");
        sampler.samples.forEach(x -> csv.append(x.at()).append(',').append(x.operations()).append(',')
                .append(Math.round(x.throttleWaits())).append(',').append(x.lagSeconds()).append('\n'));
        Files.writeString(config.out().resolve("samples.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(config.out().resolve("timeline.html"), Timeline.html(config, sampler.samples, ledger.restarts,
                faultTimes(calls), workStart, violations), StandardCharsets.UTF_8);
        return path;
    }

    private static Map<String, Map<String, Object>> perTool(List<Ledger.Operation> ops) {
        Map<String, List<Long>> millis = new TreeMap<>();
        ops.forEach(o -> millis.computeIfAbsent(o.tool(), t -> new ArrayList<>()).add(o.millis()));
        Map<String, Map<String, Object>> out = new TreeMap<>();
        millis.forEach((tool, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
            out.put(tool, Map.of("count", sorted.length, "p50Millis", quantile(sorted, 0.5), "p99Millis", quantile(sorted, 0.99)));
        });
        return out;
    }

    private static Map<String, Long> count(List<String> values) {
        Map<String, Long> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    /** Calls the portal answered with an injected fault (or its own bucket's refusal), by the error or error page. */
    static Map<String, Long> faults(List<CallTally.Call> calls) {
        return count(calls.stream().map(CallTally.Call::fault).filter(java.util.Objects::nonNull).toList());
    }

    static List<Instant> faultTimes(List<CallTally.Call> calls) {
        return calls.stream().filter(c -> c.fault() != null).map(CallTally.Call::at).toList();
    }
}
