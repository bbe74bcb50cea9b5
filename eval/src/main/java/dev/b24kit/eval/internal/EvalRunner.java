package dev.b24kit.eval.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import dev.b24kit.client.AuthenticationFailed;
import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.Credentials;
import dev.b24kit.eval.EvalConfig;
import dev.b24kit.eval.EvalProgress;
import dev.b24kit.eval.EvalReport;
import dev.b24kit.eval.MapResolution;
import dev.b24kit.eval.ProbeResult;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;

/**
 * Runs the probes in order on one thread: a probe that writes is skipped in a read-only run, a probe that
 * throws fails with the exception's message, every text is redacted, and the sandbox is removed at the end.
 */
public final class EvalRunner {

    private EvalRunner() {
    }

    static List<Probe> probes() {
        return List.of(new ConnectionProbe(), new FieldMapProbe(), new SilentDropProbe(), new RoundTripProbe(),
                new ListingProbe(), new LimitsProbe(), new IdempotencyProbe(), new EventsProbe(), new ScenarioProbe());
    }

    /** See {@link dev.b24kit.eval.Eval#run}. */
    public static EvalReport run(EvalConfig config, EvalProgress progress) {
        Instant startedAt = config.clock().instant();
        Redaction redaction = new Redaction(config.webhookUrl());
        RunTelemetry telemetry = new RunTelemetry(config.clock(), config.plan(), LimitsProbe.OPERATING_LIMIT);
        String runId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        List<ProbeResult> results = new ArrayList<>();
        Optional<PortalAdmin> admin = PortalAdmin.detect(config.portal());
        AtomicReference<MapResolution> resolution = new AtomicReference<>(MapResolution.NONE);
        String portal;
        try (Bitrix24Client client = new RecordingClient(Bitrix24Client.builder(Credentials.webhook(config.webhookUrl()))
                .plan(config.plan()).listener(telemetry).build(), telemetry)) {
            portal = client.portal();
            FieldCatalog catalog = FieldCatalog.of(client);
            Writes writes = Writes.of(WritesConfig.of(client, catalog, config.store(), config.portal()).withClock(config.clock()))
                    .onBehalfOf(Actor.person("b24kit-eval"));
            Sandbox sandbox = new Sandbox(writes, client, catalog, runId);
            ProbeContext context = new ProbeContext(config, client, catalog, writes, admin, telemetry, sandbox, redaction,
                    runId, resolution);
            try {
                String unreachable = null;
                for (Probe probe : probes()) {
                    if (!config.probes().isEmpty() && !config.probes().contains(probe.number())) {
                        continue;
                    }
                    progress.started(probe.number(), probe.title());
                    Run run = runOne(probe, context, unreachable);
                    if (probe.number() == 1 && run.portalFailure() != null) {
                        // every later probe would wait out the same retries and fail the same way
                        unreachable = "not run: the connection probe could not reach the portal ("
                                + run.portalFailure().getClass().getSimpleName() + ")";
                    }
                    results.addAll(run.results());
                    run.results().forEach(progress::finished);
                }
            } finally {
                List<String> left = sandbox.removeAll();
                if (!left.isEmpty()) {
                    org.slf4j.LoggerFactory.getLogger(EvalRunner.class).warn("sandbox records not removed: {}", redaction.apply(left));
                }
            }
        }
        Duration duration = Duration.between(startedAt, config.clock().instant());
        return new EvalReport(portal, admin.isPresent(), config.readOnly(), startedAt, duration, results, telemetry.snapshot(),
                resolution.get());
    }

    /** A probe's results, and the portal's failure (unreachable, credentials refused) when that ended it. */
    private record Run(List<ProbeResult> results, Bitrix24Exception portalFailure) {
    }

    /**
     * The probe's result, then one per test case it ran (a scenario each), numbered as the probe; skipped with
     * {@code unreachable} as the reason when that is set.
     */
    private static Run runOne(Probe probe, ProbeContext context, String unreachable) {
        long started = context.config().clock().millis();
        Outcome outcome;
        Bitrix24Exception portalFailure = null;
        if (unreachable != null) {
            outcome = Outcome.skipped(unreachable);
        } else if (context.config().readOnly() && probe.writes() != null) {
            outcome = Outcome.skipped("read-only run: " + probe.writes() + "; nothing was written");
        } else {
            try {
                outcome = probe.run(context);
            } catch (RuntimeException e) {
                if (e instanceof PortalUnavailable || e instanceof AuthenticationFailed) {
                    portalFailure = (Bitrix24Exception) e;
                }
                outcome = Outcome.fail("the probe could not finish: " + e.getClass().getSimpleName() + ": " + e.getMessage(), List.of());
            }
        }
        Duration took = Duration.ofMillis(context.config().clock().millis() - started);
        Redaction r = context.redaction();
        List<ProbeResult> out = new ArrayList<>();
        out.add(new ProbeResult(probe.number(), probe.id(), probe.title(), outcome.status(), r.apply(outcome.summary()),
                r.apply(outcome.evidence()), took));
        for (Outcome.Case c : outcome.cases()) {
            Outcome o = c.outcome();
            out.add(new ProbeResult(probe.number(), c.id(), r.apply(c.title()), o.status(), r.apply(o.summary()),
                    r.apply(o.evidence()), c.took()));
        }
        return new Run(out, portalFailure);
    }
}
