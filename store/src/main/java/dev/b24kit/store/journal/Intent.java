package dev.b24kit.store.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import dev.b24kit.store.internal.Arguments;

/**
 * A write about to be made, as the journal records it before the call.
 *
 * @param portal the portal's origin ({@code https://example.bitrix24.ru}), never a webhook URL; it is
 *               normalised (lower case, no trailing slash). A value with a path, query or user info is
 *               refused without being echoed, since a webhook URL's path holds its secret.
 * @param entity what is written ({@code deal}, {@code contact}, {@code item:1032}); not blank
 * @param recordId the record updated, or {@code null} for a create
 * @param idempotencyKey the caller's key: unique per portal and entity; required for a create (without
 *                       one a retried create could create twice), optional for an update
 * @param change the intended change, JSON text in the writes module's canonical form; opaque to the store
 * @throws IllegalArgumentException when a rule above is broken
 */
public record Intent(String portal, String entity, String recordId, String idempotencyKey, String change) {

    public Intent {
        portal = Arguments.writeTarget(portal, entity, recordId, idempotencyKey, change);
        if (recordId == null && idempotencyKey == null) {
            throw new IllegalArgumentException("a create needs an idempotency key: without one a retried create could create twice");
        }
    }

    /** A create of a new record under {@code idempotencyKey}. */
    public static Intent create(String portal, String entity, String idempotencyKey, String change) {
        return new Intent(portal, entity, null, idempotencyKey, change);
    }

    /** An update of {@code recordId}; {@code idempotencyKey} may be {@code null}. */
    public static Intent update(String portal, String entity, String recordId, String idempotencyKey, String change) {
        return new Intent(portal, entity, recordId, idempotencyKey, change);
    }

    /**
     * SHA-256 (lower-case hex) of the record id and the change: equal for a retry of the same write,
     * different when a key is reused for another write.
     */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((recordId == null ? "create" : "update " + recordId).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(change.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
