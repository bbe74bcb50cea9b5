package dev.b24kit.testportal.internal.time;

import java.time.Duration;

/** Spends modelled processing time. Injected so virtual-time tests never really wait. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration);

    void sleep(Duration duration) throws InterruptedException;
}
