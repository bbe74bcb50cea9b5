package dev.b24kit.testportal.internal.crm;

import java.util.Arrays;

/**
 * One CRM record (deal, contact, company, lead, smart-process item): its ID and its field values by
 * schema slot, in the representation {@link FieldType} describes. Compact on purpose: a portal holds
 * hundreds of thousands of them. Not thread-safe; guarded by the portal state lock.
 */
public final class Item {

    private final long id;
    private Object[] values;

    public Item(long id, int slots) {
        this.id = id;
        this.values = new Object[slots];
    }

    public long id() {
        return id;
    }

    public Object get(int slot) {
        return slot < values.length ? values[slot] : null;
    }

    public void set(int slot, Object value) {
        if (slot >= values.length) {
            values = Arrays.copyOf(values, slot + 1);
        }
        values[slot] = value;
    }

    /** A copy, for rollback-free updates: change the copy, then swap it in. */
    public Item copy() {
        Item copy = new Item(id, 0);
        copy.values = values.clone();
        return copy;
    }
}
