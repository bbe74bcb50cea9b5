package dev.b24kit.gateway.page.internal;

import java.time.Duration;

import dev.b24kit.client.ClientEvent;
import dev.b24kit.client.ClientListener;
import dev.b24kit.store.Store;

/**
 * Counts limit waits in the store. A portal's limit refusal ({@code RetryScheduled} with
 * {@code QUERY_LIMIT_EXCEEDED} or {@code OPERATION_TIME_LIMIT}) is followed on the same thread by the wait it
 * causes ({@code Throttled}) or by the next attempt; the pair is counted once, under the portal's code.
 */
public final class LimitWaitListener implements ClientListener {

    private final Store store;
    private final String portal;
    /** The portal's limit refusal not yet counted, per calling thread (a call's attempts run on one thread). */
    private final ThreadLocal<String> refusal = new ThreadLocal<>();

    public LimitWaitListener(Store store, String portal) {
        this.store = store;
        this.portal = portal;
    }

    @Override
    public void on(ClientEvent event) {
        switch (event) {
            case ClientEvent.RetryScheduled r when isLimit(r.reason()) -> {
                flush(r.method());
                if (r.delay().isPositive()) {
                    store.trust().limitWait(portal, r.method(), r.reason(), r.delay());
                } else {
                    refusal.set(r.reason());
                }
            }
            case ClientEvent.Throttled t -> {
                String reason = refusal.get();
                refusal.remove();
                store.trust().limitWait(portal, t.method(), reason == null ? t.reason() : reason, t.waited());
            }
            case ClientEvent.CallStarted c -> flush(c.method());
            default -> {
            }
        }
    }

    /** Counts a refusal whose retry went out without a wait. */
    private void flush(String method) {
        String reason = refusal.get();
        if (reason != null) {
            refusal.remove();
            store.trust().limitWait(portal, method, reason, Duration.ZERO);
        }
    }

    private static boolean isLimit(String reason) {
        return reason.equals("QUERY_LIMIT_EXCEEDED") || reason.equals("OPERATION_TIME_LIMIT");
    }
}
