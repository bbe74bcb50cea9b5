package dev.b24kit.cli;

import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a request to stop, so a long-running command can close what it
 * started and return normally with exit code 0 (with only a shutdown hook, the JVM would end with
 * 143/130). Where a signal cannot be handled, a shutdown hook still releases the latch.
 */
final class StopSignals {

    private StopSignals() {
    }

    /** A latch released by the first SIGTERM, SIGINT or JVM shutdown. */
    static CountDownLatch install() {
        CountDownLatch stop = new CountDownLatch(1);
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> stop.countDown());
            } catch (IllegalArgumentException unsupported) {
                // this platform does not let us handle it; the shutdown hook below covers it
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "b24kit-stop"));
        return stop;
    }
}
