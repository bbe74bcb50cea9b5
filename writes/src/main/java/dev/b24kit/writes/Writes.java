package dev.b24kit.writes;

import java.util.List;
import java.util.Map;

import dev.b24kit.writes.internal.VerifiedWrites;

/**
 * Verified, idempotent writes to one portal. Every write is resolved through the field catalog (and
 * refused before any call when it cannot be), journaled, sent, read back and compared field by field;
 * the answer is a {@link Receipt}. A write is never reported {@link Receipt.Confirmed} unless the
 * portal was read holding it.
 *
 * <pre>{@code
 * Writes writes = Writes.of(WritesConfig.of(client, catalog, store, "https://example.bitrix24.ru"));
 * Receipt r = writes.update("deal", 42, Map.of("Стадия сделки", "В работе", "Client budget", "250000 USD"));
 * Receipt c = writes.create("deal", Map.of("TITLE", "Order 1182"), "order-1182");   // never twice
 * }</pre>
 *
 * <p>A {@code Writes} acts for an {@link Actor}: {@link #of} for a person (writes go straight through);
 * {@link #onBehalfOf} an agent makes writes follow the portal's policy, so that in observe mode they
 * become proposals ({@link Receipt.Proposed}). {@link #approvals()} lists and decides proposals.
 *
 * <p>Thread-safe. Arguments must not be {@code null} unless stated; results are never {@code null}.
 * Bad input is a {@link Receipt.Refused}, not an exception; the store's {@code StoreException} and the
 * client's {@code AuthenticationFailed} propagate.
 */
public interface Writes {

    /** Writes acting for a person named {@code b24kit} (deliberate writes, not governed by the write policy). */
    static Writes of(WritesConfig config) {
        return new VerifiedWrites(config, Actor.person("b24kit"));
    }

    /** The same writes acting for {@code actor}; an agent's writes follow the portal's policy. */
    Writes onBehalfOf(Actor actor);

    /** Updates record {@code id} of {@code entity} with {@code fields} (label or code → value as people say it). */
    Receipt update(String entity, long id, Map<String, ?> fields);

    /**
     * Creates a record under {@code key} ({@code null}: a key derived from the content). A retry with the
     * same key never creates a second record: it adopts the first when the portal has it; a key reused
     * with other content is refused.
     */
    Receipt create(String entity, Map<String, ?> fields, String key);

    /** Applies one change; see {@link #applyAll}. */
    Receipt apply(Change change);

    /**
     * Applies many changes through {@code batch}: the writes, then their read-backs, sharing requests
     * (up to 25 writes and their reads in one request). One receipt per change, in order.
     */
    List<Receipt> applyAll(List<Change> changes);

    /** The portal's write policy and its proposals. */
    Approvals approvals();
}
