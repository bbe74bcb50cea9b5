package dev.b24kit.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void idsAreVersion7UuidsCarryingTheClocksMillisecond() {
        UUID id = UUID.fromString(new TimeOrderedIds(InstantSource.fixed(START), new Random(1)).next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(START.toEpochMilli());
    }

    @Test
    void idsSortInTheOrderTheyWereMadeWithinOneMillisecondAndWhenTheClockStepsBack() {
        AtomicReference<Instant> now = new AtomicReference<>(START);
        TimeOrderedIds ids = new TimeOrderedIds(now::get, new Random(2));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
            if (i == 5_000) {
                now.set(START.minus(Duration.ofSeconds(1)));
            }
        }

        assertThat(made).isSorted().doesNotHaveDuplicates();
    }
}
