package dev.b24kit.client;

/**
 * Observes the client: calls, throttling, retries, batches, pages, unknown outcomes and budgets.
 * Called synchronously on the calling thread, possibly from many threads at once: implementations
 * must be thread-safe and quick, and must not throw (an exception is logged and ignored).
 */
@FunctionalInterface
public interface ClientListener {

    /** Ignores everything. */
    ClientListener NONE = event -> { };

    void on(ClientEvent event);
}
