package dev.b24kit.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One eval run: every probe's result, what the client saw, and the field map's resolution. Immutable;
 * free of secrets (the portal is shown as {@code https://portal/rest/1/****}/).
 *
 * @param portal     the portal, redacted
 * @param testPortal whether the portal answered the test portal's admin API
 * @param readOnly   whether writes were off
 * @param startedAt  when the run started
 * @param duration   how long it ran
 * @param probes     the results, in probe order
 * @param telemetry  latencies and headroom over the run
 * @param resolution the field map's resolution in this run ({@link MapResolution#NONE} without a map)
 */
public record EvalReport(String portal, boolean testPortal, boolean readOnly, Instant startedAt, Duration duration,
                         List<ProbeResult> probes, Telemetry telemetry, MapResolution resolution) {

    public EvalReport {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        probes = List.copyOf(probes);
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** Whether no probe failed (skipped probes do not fail a run). */
    public boolean passed() {
        return probes.stream().noneMatch(p -> p.status() == ProbeStatus.FAIL);
    }

    /** How many probes ended with {@code status}. */
    public long count(ProbeStatus status) {
        return probes.stream().filter(p -> p.status() == status).count();
    }
}
