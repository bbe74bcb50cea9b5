package dev.b24kit.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A listener whose exceptions are logged and ignored, so observing never breaks a call. */
final class SafeListener implements ClientListener {

    private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

    private final ClientListener delegate;

    private SafeListener(ClientListener delegate) {
        this.delegate = delegate;
    }

    static ClientListener wrap(ClientListener listener) {
        return listener == ClientListener.NONE ? listener : new SafeListener(listener);
    }

    @Override
    public void on(ClientEvent event) {
        try {
            delegate.on(event);
        } catch (RuntimeException e) {
            LOG.warn("client listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
        }
    }
}
