package dev.b24kit.testportal.internal.rest;

/** The connection a request came on, as far as the dispatcher needs to know it. Implementations are thread-safe. */
@FunctionalInterface
public interface ClientConnection {

    /** A connection its client never closes early (in-process requests). */
    ClientConnection OPEN = () -> false;

    /**
     * Whether the client has closed the connection by now (it gave up waiting); asked once, just
     * before the answer is written.
     */
    boolean closedByClient();
}
