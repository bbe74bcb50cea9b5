package dev.b24kit.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a field map resolved on a portal in one run: per entry the field's code, label and type, and the
 * IDs of the values it relies on. The next run compares its own resolution with this one to name drift
 * (a field renamed, an item removed). Kept in {@code report.json} of the report folder. Immutable.
 *
 * @param entries the entries that resolved, in the map's order
 */
public record MapResolution(List<Entry> entries) {

    /** The empty resolution: no previous run. */
    public static final MapResolution NONE = new MapResolution(List.of());

    public MapResolution {
        entries = List.copyOf(entries);
    }

    /**
     * One resolved entry.
     *
     * @param name   {@code entity.name} of the map
     * @param entity the entity's key ({@code deal}, {@code item:1030})
     * @param field  the UPPER code
     * @param title  the field's label then
     * @param type   the portal's type name
     * @param values own value name → the API value then (an item ID, a STATUS_ID)
     */
    public record Entry(String name, String entity, String field, String title, String type, Map<String, String> values) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(field, "field");
            title = title == null ? "" : title;
            type = type == null ? "" : type;
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** The entry {@code name}, or null. */
    public Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }
}
