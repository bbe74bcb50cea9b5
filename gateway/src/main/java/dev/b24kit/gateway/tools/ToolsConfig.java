package dev.b24kit.gateway.tools;

import java.util.Objects;

import dev.b24kit.writes.WritesConfig;

/**
 * What {@link Tools} needs: the portal's client, catalog and store (through the writes' configuration,
 * whose {@code portal} names the portal in the store), whether writes are hidden, and how many rows a
 * search answers at most. Immutable.
 *
 * @param writes   the portal, its client, catalog, store, clock and observe period
 * @param readOnly hide {@code create}, {@code update} and {@code move_stage} entirely
 * @param maxRows  the most rows one {@code search} answers (a larger result is summarised with a count and
 *                 a cursor); 1 to 50
 */
public record ToolsConfig(WritesConfig writes, boolean readOnly, int maxRows) {

    /** The default and highest page: one list request of the portal. */
    public static final int MAX_ROWS = 50;

    public ToolsConfig {
        Objects.requireNonNull(writes, "writes");
        if (maxRows < 1 || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("maxRows must be 1 to " + MAX_ROWS + ", not " + maxRows);
        }
    }

    /** Write tools shown, pages of up to 50 rows. */
    public static ToolsConfig of(WritesConfig writes) {
        return new ToolsConfig(writes, false, MAX_ROWS);
    }

    /** This configuration with the write tools hidden (or shown). */
    public ToolsConfig withReadOnly(boolean value) {
        return new ToolsConfig(writes, value, maxRows);
    }
}
