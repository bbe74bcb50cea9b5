package dev.b24kit.client.listing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.client.Params;

/**
 * What to list: filter, select, order and any other parameters of the list method, plus how many
 * parallel ID-range shards to use. Immutable; build with {@link #builder()}.
 *
 * @param filter filter key (with its operator prefix, {@code >ID}, {@code @STAGE_ID}) → value (a list for IN)
 * @param select fields to return; empty for the method's default
 * @param order  field → {@code ASC}/{@code DESC}; empty for ID ascending
 * @param extra  other parameters ({@code entityTypeId} for {@code crm.item.list})
 * @param shards parallel ID ranges for a keyset listing: 0 picks a number from the table's ID span
 *               (up to {@value #MAX_SHARDS}), 1 lists in one chain
 */
public record ListQuery(Map<String, Object> filter, List<String> select, Map<String, String> order, Params extra,
                        int shards) {

    /** The most shards a listing uses. */
    public static final int MAX_SHARDS = 16;

    /** Everything, by ID, default select. */
    public static final ListQuery ALL = builder().build();

    public ListQuery {
        filter = Collections.unmodifiableMap(new LinkedHashMap<>(filter));
        select = List.copyOf(select);
        order = Collections.unmodifiableMap(new LinkedHashMap<>(order));
        Objects.requireNonNull(extra, "extra");
        if (shards < 0 || shards > MAX_SHARDS) {
            throw new IllegalArgumentException("shards must be 0 (automatic) to " + MAX_SHARDS + ", got " + shards);
        }
        for (Map.Entry<String, String> o : order.entrySet()) {
            String direction = o.getValue().toUpperCase(Locale.ROOT);
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw new IllegalArgumentException("order of " + o.getKey() + " must be ASC or DESC, got " + o.getValue());
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this query. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.filter.putAll(filter);
        b.select.addAll(select);
        b.order.putAll(order);
        b.extra = extra;
        b.shards = shards;
        return b;
    }

    /** Not thread-safe. */
    public static final class Builder {
        private final Map<String, Object> filter = new LinkedHashMap<>();
        private final List<String> select = new ArrayList<>();
        private final Map<String, String> order = new LinkedHashMap<>();
        private Params extra = Params.empty();
        private int shards;

        /** A filter condition: {@code filter(">OPPORTUNITY", 1000)}, {@code filter("@STAGE_ID", List.of("NEW", "WON"))}. */
        public Builder filter(String key, Object value) {
            filter.put(Objects.requireNonNull(key, "key"), value);
            return this;
        }

        public Builder select(String... fields) {
            select.addAll(List.of(fields));
            return this;
        }

        public Builder select(List<String> fields) {
            select.addAll(fields);
            return this;
        }

        /** Orders by a field; any order other than by the ID field makes the listing page by offset. */
        public Builder order(String field, String direction) {
            order.put(field, direction.toUpperCase(Locale.ROOT));
            return this;
        }

        /** Another parameter of the method, such as {@code entityTypeId}. */
        public Builder param(String key, Object value) {
            extra = extra.with(key, value);
            return this;
        }

        public Builder shards(int value) {
            shards = value;
            return this;
        }

        public ListQuery build() {
            return new ListQuery(filter, select, order, extra, shards);
        }
    }
}
