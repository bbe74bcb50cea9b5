package dev.b24kit.eval.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.b24kit.eval.ProbeStatus;
import dev.b24kit.eval.scenario.Scenario;
import dev.b24kit.eval.scenario.ScenarioFiles;
import dev.b24kit.eval.scenario.ToolCaller;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Approvals;
import dev.b24kit.writes.WritesConfig;

/**
 * Probe 9: the scenario files of a folder ({@code *.yaml}, {@code *.yml}, by name), each its own test case,
 * run through a {@link ToolCaller} — by default the gateway's tool layer for the portal under test. Writes
 * must be applied, so the portal's write policy in the eval's store is set live for the scenarios and put
 * back after (both audited, by {@code person:b24kit-eval}). In a read-only run a scenario that writes is
 * skipped; one that only reads still runs. A malformed file fails its own case; the others still run.
 */
final class ScenarioProbe implements Probe {

    @Override
    public int number() {
        return 9;
    }

    @Override
    public String id() {
        return "scenarios";
    }

    @Override
    public String title() {
        return "Scenarios";
    }

    @Override
    public String writes() {
        return null; // decided per scenario: one that only reads runs in a read-only run
    }

    @Override
    public Outcome run(ProbeContext context) {
        Path folder = context.config().scenarios();
        if (folder == null) {
            return Outcome.skipped("no scenarios given (--scenarios DIR)");
        }
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            return Outcome.skipped("no scenario files (*.yaml, *.yml) in " + folder);
        }
        List<String> evidence = new ArrayList<>();
        ToolCaller tools = context.config().tools();
        Approvals approvals = context.writes().approvals();
        WriteMode before = approvals.policy().mode();
        boolean anyWrites = !context.config().readOnly();
        if (tools == null) {
            tools = new GatewayToolCaller(WritesConfig.of(context.client(), context.catalog(), context.config().store(),
                    context.config().portal()).withClock(context.config().clock()), context.runId());
            evidence.add("tools: the gateway's tool layer, called as the agent " + GatewayToolCaller.AGENT);
        }
        boolean switched = anyWrites && before != WriteMode.LIVE;
        if (switched) {
            approvals.setPolicy(WriteMode.LIVE, Actor.person("b24kit-eval"));
            evidence.add("the portal's write policy in the eval's store was " + before.name().toLowerCase()
                    + ": set live for the scenarios so their writes are applied (audited as policy.live by person:b24kit-eval)");
        }
        List<Outcome.Case> cases = new ArrayList<>();
        try {
            for (Path file : files) {
                cases.add(runFile(file, tools, context));
            }
        } finally {
            if (switched) {
                approvals.setPolicy(before, Actor.person("b24kit-eval"));
                evidence.add("the write policy was put back to " + before.name().toLowerCase() + " after the scenarios (audited)");
            }
        }
        long failed = cases.stream().filter(c -> c.outcome().status() == ProbeStatus.FAIL).count();
        long skipped = cases.stream().filter(c -> c.outcome().status() == ProbeStatus.SKIPPED).count();
        cases.forEach(c -> evidence.add(c.title() + ": " + c.outcome().status().name().toLowerCase() + " — " + c.outcome().summary()));
        String summary = cases.size() + " scenarios: " + (cases.size() - failed - skipped) + " passed, " + failed + " failed, "
                + skipped + " skipped";
        Outcome outcome = failed > 0 ? Outcome.fail(summary, evidence)
                : skipped == cases.size() ? new Outcome(ProbeStatus.SKIPPED, summary, evidence) : Outcome.pass(summary, evidence);
        return outcome.withCases(cases);
    }

    private static Outcome.Case runFile(Path file, ToolCaller tools, ProbeContext context) {
        long started = context.config().clock().millis();
        String id = "scenario:" + file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String title = "Scenario " + file.getFileName();
        Outcome outcome;
        try {
            Scenario scenario = ScenarioFiles.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            title = "Scenario: " + scenario.name();
            if (context.config().readOnly() && scenario.writes()) {
                outcome = Outcome.skipped("read-only run: the scenario writes (setup records or create/update/move_stage); "
                        + "nothing was written");
            } else {
                outcome = new ScenarioRun(tools, context).run(scenario);
            }
        } catch (IOException e) {
            outcome = Outcome.fail(file.getFileName() + ": cannot be read: " + e.getMessage(), List.of());
        } catch (RuntimeException e) {
            outcome = Outcome.fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), List.of());
        }
        return new Outcome.Case(id, title, outcome, Duration.ofMillis(context.config().clock().millis() - started));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the scenarios in " + folder + ": " + e.getMessage(), e);
        }
    }
}
