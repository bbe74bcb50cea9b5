package dev.b24kit.gateway.page;

import dev.b24kit.client.ClientListener;
import dev.b24kit.gateway.page.internal.LimitWaitListener;
import dev.b24kit.gateway.page.internal.RecordingWrites;
import dev.b24kit.store.Store;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Writes;

/**
 * Records, for {@link TrustReport}, what the store does not keep by itself. The gateway wires both:
 *
 * <pre>{@code
 * Bitrix24Client client = Bitrix24Client.builder(credentials)
 *         .listener(TrustRecording.limitWaits(store, portal))      // with any other listener, combined
 *         .build();
 * Writes writes = TrustRecording.writes(Writes.of(config), store, portal);   // hand this one to the MCP tools
 * }</pre>
 *
 * <p>Thread-safe; arguments must not be {@code null}.
 */
public final class TrustRecording {

    private TrustRecording() {
    }

    /**
     * A client listener that counts every call that waited for a rate limit instead of failing (the client's
     * bucket or operating budget; a portal's {@code QUERY_LIMIT_EXCEEDED} or {@code OPERATION_TIME_LIMIT} answered
     * by waiting and sending again is counted once, under the portal's code), in the store's {@code limit_wait}
     * tally of {@code portal}. Each wait costs one small store write on the waiting thread.
     */
    public static ClientListener limitWaits(Store store, String portal) {
        return new LimitWaitListener(store, portal);
    }

    /**
     * {@code writes} (acting for a person named {@code b24kit}; {@link Writes#onBehalfOf} keeps recording) with its
     * receipts recorded in the audit log: a write refused before any call for a field or value the portal would
     * have dropped ({@code write.refused}, detail: entity, record, field, value, reason), and a create answered
     * from the journal with the record a first attempt made ({@code write.adopted}; an adoption the journal
     * records as {@code ADOPTED} is counted from the journal instead).
     */
    public static Writes writes(Writes writes, Store store, String portal) {
        return new RecordingWrites(writes, store, portal, Actor.person("b24kit"));
    }
}
