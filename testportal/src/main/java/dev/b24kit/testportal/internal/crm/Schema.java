package dev.b24kit.testportal.internal.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of one CRM entity type, in the order {@code *.fields} lists them, and the slot each
 * field's value occupies in an {@link Item}. Lookups by UPPER code are case-insensitive (legacy
 * methods resolve names that way); lookups by crm.item name are exact. Guarded by the portal state lock.
 */
public final class Schema {

    private final Map<String, FieldDef> byCode = new LinkedHashMap<>();
    private final Map<String, FieldDef> byUpperCode = new HashMap<>();
    private final Map<String, FieldDef> byItemName = new HashMap<>();
    private final Map<String, Integer> slots = new HashMap<>();
    private int nextSlot;

    /** Adds a field or replaces the definition of an existing one (keeping its slot). */
    public Schema put(FieldDef field) {
        FieldDef previous = byCode.put(field.code(), field);
        if (previous != null && previous.itemName() != null) {
            byItemName.remove(previous.itemName());
        }
        byUpperCode.put(field.code().toUpperCase(Locale.ROOT), field);
        if (field.itemName() != null) {
            byItemName.put(field.itemName(), field);
        }
        slots.computeIfAbsent(field.code(), code -> nextSlot++);
        return this;
    }

    /**
     * Removes a field (a deleted user field). Its slot is never reused: a field added later under the
     * same code gets a fresh slot, so it does not inherit the deleted field's stale values.
     */
    public void remove(String code) {
        FieldDef removed = byCode.remove(code);
        if (removed != null) {
            slots.remove(code);
            byUpperCode.remove(code.toUpperCase(Locale.ROOT));
            if (removed.itemName() != null) {
                byItemName.remove(removed.itemName());
            }
        }
    }

    /** The field with this UPPER code, ignoring case; null when unknown. */
    public FieldDef byCode(String code) {
        FieldDef exact = byCode.get(code);
        return exact != null ? exact : byUpperCode.get(code.toUpperCase(Locale.ROOT));
    }

    /** The field with this crm.item name (exact); null when unknown. */
    public FieldDef byItemName(String name) {
        return byItemName.get(name);
    }

    /** The slot of a field's value in {@link Item}. */
    public int slot(FieldDef field) {
        Integer slot = slots.get(field.code());
        if (slot == null) {
            throw new IllegalArgumentException("field " + field.code() + " is not part of this schema");
        }
        return slot;
    }

    /** All fields in order. */
    public List<FieldDef> fields() {
        return new ArrayList<>(byCode.values());
    }

    /** The user fields in order. */
    public List<FieldDef> userFields() {
        return byCode.values().stream().filter(FieldDef::dynamic).toList();
    }

    public int slotCount() {
        return nextSlot;
    }
}
