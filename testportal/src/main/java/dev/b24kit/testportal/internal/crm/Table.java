package dev.b24kit.testportal.internal.crm;

import java.util.Collection;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The records of one entity type, ordered by ID so that ID ranges ({@code >ID}, keyset paging, §6.2)
 * are found without a scan. IDs are assigned in increasing order and never reused. Not thread-safe;
 * guarded by the portal state lock.
 */
public final class Table {

    private final NavigableMap<Long, Item> rows = new TreeMap<>();
    private long lastId;

    /** Reserves the next ID. */
    public long nextId() {
        return ++lastId;
    }

    public void put(Item item) {
        rows.put(item.id(), item);
        lastId = Math.max(lastId, item.id());
    }

    public Item get(long id) {
        return rows.get(id);
    }

    public Item remove(long id) {
        return rows.remove(id);
    }

    public int size() {
        return rows.size();
    }

    /** All rows by ascending ID; a live view. */
    public NavigableMap<Long, Item> byId() {
        return rows;
    }

    public Collection<Item> all() {
        return rows.values();
    }

    public void clear() {
        rows.clear();
        lastId = 0;
    }
}
