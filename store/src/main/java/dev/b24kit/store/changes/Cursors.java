package dev.b24kit.store.changes;

import java.util.Optional;

/**
 * Named positions kept per portal: a reconciler's {@code DATE_MODIFY} cursor, a feed reader's seq.
 *
 * <p>Thread-safe. Arguments must not be {@code null}; results are never {@code null}. Failures are
 * {@link dev.b24kit.store.StoreException}s.
 */
public interface Cursors {

    Optional<String> get(String portal, String name);

    void set(String portal, String name, String value);
}
