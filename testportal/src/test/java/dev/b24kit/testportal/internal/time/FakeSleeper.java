package dev.b24kit.testportal.internal.time;

import java.time.Duration;

/**
 * A sleeper whose sleeps end only when the test says so, to run calls side by side in lock step:
 * {@link #awaitAsleep} waits until so many calls are spending their time, {@link #wakeAll} ends every
 * sleep at once (move the fake clock first, so the sleepers find their time over). Thread-safe.
 */
public final class FakeSleeper implements Sleeper {

    private int asleep;
    private long round;

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        asleep++;
        notifyAll();
        long mine = round;
        while (round == mine) {
            wait();
        }
    }

    /** Returns once {@code count} sleeps have begun since the last {@link #wakeAll}. */
    public synchronized void awaitAsleep(int count) throws InterruptedException {
        while (asleep < count) {
            wait();
        }
    }

    /** Ends every sleep in progress. */
    public synchronized void wakeAll() {
        asleep = 0;
        round++;
        notifyAll();
    }
}
