package dev.b24kit.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.schema.internal.FieldMapCheckRun;
import dev.b24kit.schema.internal.FieldMapYaml;

/**
 * The integration's own names for the portal fields it uses, kept in one YAML file, so business code
 * never holds a raw field name or value ID:
 *
 * <pre>
 * deal:
 *   budget: Client budget              # a field by label or code
 *   channel:
 *     field: UF_CRM_1721244482270
 *     type: enumeration                # optional: the type the code relies on
 *     values:                          # the items the code relies on: own name → label, XML_ID or ID
 *       online: Онлайн
 *       partner: Партнёр
 *   stage:
 *     field: STAGE_ID
 *     pipeline: Корпоративные продажи  # stages are looked up within it
 *     values:
 *       won: WON
 * item:1030:                           # a smart process by entityTypeId or title
 *   contract_no: Номер договора
 * </pre>
 *
 * Names are {@code entity.name} ({@code deal.budget}). {@link #check} resolves every entry against a
 * portal's catalog and reports what no longer resolves; {@link #field}, {@link #code} and {@link #value}
 * turn map names into the portal's spelling. Immutable and thread-safe.
 */
public final class FieldMap {

    /**
     * One entry of the map.
     *
     * @param name     {@code entity.name}
     * @param entity   the entity as the file names it
     * @param field    the field's label or code as the file names it
     * @param type     the type the integration expects ({@code enumeration}, {@code money}…), or null
     * @param pipeline the pipeline stage values are looked up in, or null
     * @param values   own value name → the item's label, XML_ID or ID (the stage's name or ID…), in order
     */
    public record Entry(String name, String entity, String field, String type, String pipeline, Map<String, String> values) {
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(entity, "entity");
            Objects.requireNonNull(field, "field");
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }
    }

    private final List<Entry> entries;

    private FieldMap(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Reads a map from YAML text. @throws IllegalArgumentException naming the entry and what is wrong */
    public static FieldMap parse(String yaml) {
        return new FieldMap(FieldMapYaml.parse(yaml));
    }

    /** Reads a map file (UTF-8). @throws IllegalArgumentException for a malformed map; IOException for the file */
    public static FieldMap load(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** A starter map of {@code schema}'s writable fields (custom fields first), with every enumeration item. */
    public static String starter(EntitySchema schema) {
        return FieldMapYaml.starter(schema);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry {@code name} ({@code deal.budget}). @throws IllegalArgumentException for a name not in the map */
    public Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("the field map has no '" + name + "'; it has " + entries.stream().map(Entry::name).toList()));
    }

    /**
     * Resolves every entry against {@code catalog}, which it loads afresh first (a rename or deletion since
     * the last load would otherwise go unseen); see {@link FieldMapCheck}.
     */
    public FieldMapCheck check(FieldCatalog catalog) {
        return FieldMapCheckRun.check(this, catalog);
    }

    /** The field {@code name} maps to. @throws SchemaRefusal when it does not resolve */
    public FieldRef field(FieldCatalog catalog, String name) {
        Entry entry = entry(name);
        return catalog.field(catalog.entity(entry.entity()), entry.field());
    }

    /** The field's code in {@code dialect} ({@code UF_CRM_BUDGET} or {@code ufCrmBudget}). */
    public String code(FieldCatalog catalog, String name, Dialect dialect) {
        return field(catalog, name).code(dialect);
    }

    /**
     * The API value of the map's value {@code valueName} of field {@code name} in {@code dialect}: an item
     * ID, a {@code STATUS_ID}, a pipeline ID. @throws SchemaRefusal when it does not resolve
     */
    public Object value(FieldCatalog catalog, String name, String valueName, Dialect dialect) {
        return FieldMapCheckRun.value(this, catalog, entry(name), valueName, dialect);
    }
}
