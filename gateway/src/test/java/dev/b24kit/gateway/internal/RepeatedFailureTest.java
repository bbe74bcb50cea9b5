package dev.b24kit.gateway.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** A task failing every second for an hour logs a line a minute, a new reason at once, and its recovery. */
class RepeatedFailureTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T10:00:00Z"));
    private final RepeatedFailure failures = new RepeatedFailure("change tracking (refetch)", now::get, Duration.ofMinutes(1));
    private final List<String> lines = new ArrayList<>();

    @Test
    void anHourOfFailuresEverySecondIsALineAMinuteThenOneSayingItWorksAgain() {
        for (int second = 0; second < 3_600; second++) {
            failures.failed("the store is unreachable").ifPresent(lines::add);
            tick();
        }
        failures.succeeded().ifPresent(lines::add);
        failures.succeeded().ifPresent(lines::add);

        assertThat(lines).hasSize(61);
        assertThat(lines.getFirst()).isEqualTo("change tracking (refetch) failed and is retried: the store is unreachable");
        assertThat(lines.get(1)).isEqualTo("change tracking (refetch) still failing (61 runs since 2026-11-30T10:00:00Z): "
                + "the store is unreachable");
        assertThat(lines.getLast()).isEqualTo("change tracking (refetch) works again after 3600 failed runs since "
                + "2026-11-30T10:00:00Z");
    }

    @Test
    void aNewReasonIsLoggedAtOnceAndAFailureAfterARecoveryStartsAfresh() {
        record(failures.failed("the store is unreachable"));
        tick();
        record(failures.failed("the store is unreachable"));
        tick();
        record(failures.failed("the portal answers 503"));
        tick();
        record(failures.succeeded());
        record(failures.failed("the portal answers 503"));

        assertThat(lines).containsExactly(
                "change tracking (refetch) failed and is retried: the store is unreachable",
                "change tracking (refetch) still failing (3 runs since 2026-11-30T10:00:00Z): the portal answers 503",
                "change tracking (refetch) works again after 3 failed runs since 2026-11-30T10:00:00Z",
                "change tracking (refetch) failed and is retried: the portal answers 503");
    }

    @Test
    void successesWithoutAFailureLogNothing() {
        record(failures.succeeded());
        assertThat(lines).isEmpty();
    }

    private void record(Optional<String> line) {
        line.ifPresent(lines::add);
    }

    private void tick() {
        now.updateAndGet(t -> t.plusSeconds(1));
    }
}
