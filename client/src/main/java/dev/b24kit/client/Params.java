package dev.b24kit.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Parameters of one call, in PHP's bracket form ({@code fields[TITLE]=Deal}, {@code select[0]=ID},
 * {@code filter[>ID]=5}), the way Bitrix24 parses them. Immutable and thread-safe; every
 * {@code with…} returns a new instance.
 *
 * <p>Nested values are flattened as PHP's {@code http_build_query} does: a {@link Map} or JSON
 * object becomes {@code key[sub]}, a {@link List} or JSON array {@code key[0]}, {@code key[1]}…;
 * booleans become {@code 1}/{@code 0}; {@code null} values are left out, as PHP leaves them out.
 */
public final class Params {

    /** One flattened parameter: a bracket key and its text value. */
    public record Entry(String key, String value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    private static final Params EMPTY = new Params(List.of());

    private final List<Entry> entries;

    private Params(List<Entry> entries) {
        this.entries = entries;
    }

    /** No parameters. */
    public static Params empty() {
        return EMPTY;
    }

    /** One parameter; see {@link #with(String, Object)}. */
    public static Params of(String key, Object value) {
        return EMPTY.with(key, value);
    }

    /** Every member of a JSON object, flattened in order. */
    public static Params of(JsonNode object) {
        if (object == null || object.isNull()) {
            return EMPTY;
        }
        if (!object.isObject()) {
            throw new IllegalArgumentException("parameters must be a JSON object, got " + object.getNodeType());
        }
        List<Entry> flat = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            Flattening.flatten(member.getKey(), member.getValue(), flat);
        }
        return new Params(List.copyOf(flat));
    }

    /**
     * Parses {@code key=value} arguments as a person types them ({@code filter[>ID]=5},
     * {@code select[]=ID}); {@code []} appends as in PHP. Throws {@link IllegalArgumentException} for
     * an argument without {@code =}, naming it.
     */
    public static Params parse(List<String> arguments) {
        Params params = EMPTY;
        for (String argument : arguments) {
            int eq = argument.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("parameter '" + argument
                        + "' is not key=value (for example filter[>ID]=5 or select[]=TITLE)");
            }
            params = params.with(argument.substring(0, eq), argument.substring(eq + 1));
        }
        return params.numberAppends();
    }

    /**
     * These parameters and one more, flattened: {@code value} may be a string, number, boolean,
     * {@link Map}, {@link List}, {@link JsonNode} or null (left out). A key already present is kept
     * and the new entry follows it; PHP then takes the last value.
     */
    public Params with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        List<Entry> flat = new ArrayList<>(entries);
        Flattening.flatten(key, value, flat);
        return new Params(Collections.unmodifiableList(flat));
    }

    /** These parameters with every entry whose key is {@code key} or starts with {@code key[} removed. */
    public Params without(String key) {
        List<Entry> kept = entries.stream().filter(e -> !e.key().equals(key) && !e.key().startsWith(key + "[")).toList();
        return kept.size() == entries.size() ? this : new Params(kept);
    }

    /** The last value given for exactly this flattened key, or null. */
    public String value(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).key().equals(key)) {
                return entries.get(i).value();
            }
        }
        return null;
    }

    /** Whether some entry's key is {@code key} or lies under it ({@code key[...]}). */
    public boolean has(String key) {
        return entries.stream().anyMatch(e -> e.key().equals(key) || e.key().startsWith(key + "["));
    }

    /** The flattened entries, in order. */
    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** {@code application/x-www-form-urlencoded} text of these parameters. */
    public String encode() {
        return Flattening.encode(entries);
    }

    /** Resolves PHP's {@code key[]} appends into numbered keys, the way the portal will number them. */
    private Params numberAppends() {
        return entries.stream().noneMatch(e -> e.key().contains("[]")) ? this
                : new Params(List.copyOf(Flattening.numberAppends(entries)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Params that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The parameters as {@code key=value&…} without URL encoding, for messages. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Entry entry : entries) {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(entry.key()).append('=').append(entry.value());
        }
        return text.toString();
    }
}
