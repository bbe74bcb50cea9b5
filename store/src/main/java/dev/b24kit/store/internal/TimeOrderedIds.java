package dev.b24kit.store.internal;

import java.time.InstantSource;
import java.util.UUID;
import java.util.random.RandomGenerator;

import dev.b24kit.store.IdSource;

/**
 * UUID version 7 (RFC 9562, method 3): 48 bits of Unix milliseconds, then a 12-bit counter seeded at
 * random each millisecond, then 62 random bits. The counter keeps ids from one source increasing
 * within a millisecond; when it runs out, or the clock steps back, the timestamp moves on by itself.
 * Thread-safe.
 */
public final class TimeOrderedIds implements IdSource {

    private static final int COUNTER_MAX = 0xFFF;

    private final InstantSource clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private int counter;

    public TimeOrderedIds(InstantSource clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public synchronized String next() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            counter = random.nextInt(COUNTER_MAX / 2); // leave room to count up within the millisecond
        } else if (++counter > COUNTER_MAX) {
            lastMillis++;
            counter = 0;
        }
        long high = (lastMillis << 16) | (0x7L << 12) | counter;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
