package dev.b24kit.testportal.internal.crm.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.FieldDef;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.limits.CostMeter;

/**
 * Runs a list query over an entity type's records and prices it (§6.1): locating a page costs in
 * proportion to the table, COUNT (only when counting) in proportion to the matching rows, an offset in
 * proportion to the rows skipped. Orders by ID alone — the recommended keyset export (§6.2) — are
 * served from the ID index without a scan; other orders collect and sort the matches. Ties are broken
 * by ascending ID so pages are deterministic.
 */
public final class ListRunner {

    private ListRunner() {
    }

    /** One page: its records, and the number of matching records ({@code -1} when not counted). */
    public record Page(List<Item> items, long total) {
    }

    public static Page run(EntityType type, Filter filter, List<OrderTerm> order, long offset, int limit,
                           boolean count, CostMeter cost) {
        cost.page(type.table().size());
        Page page = idOrdered(order) ? scanById(type, filter, order, offset, limit, count) : sorted(type, filter, order,
                offset, limit, count);
        if (count) {
            cost.counted(page.total());
        }
        cost.skipped(offset);
        cost.returned(page.items().size());
        return page;
    }

    private static boolean idOrdered(List<OrderTerm> order) {
        return order.isEmpty() || (order.size() == 1 && order.getFirst().field().code().equals("ID"));
    }

    private static Page scanById(EntityType type, Filter filter, List<OrderTerm> order, long offset, int limit,
                                 boolean count) {
        boolean ascending = order.isEmpty() || order.getFirst().ascending();
        NavigableMap<Long, Item> range = IdRange.of(filter).apply(type.table().byId());
        Collection<Item> rows = ascending ? range.values() : range.descendingMap().values();
        List<Item> items = new ArrayList<>(Math.min(limit, 64));
        long matched = 0;
        for (Item item : rows) {
            if (!filter.test(type, item)) {
                continue;
            }
            if (matched >= offset && items.size() < limit) {
                items.add(item);
            }
            matched++;
            if (!count && items.size() >= limit) {
                break;
            }
        }
        return new Page(items, count ? matched : -1);
    }

    private static Page sorted(EntityType type, Filter filter, List<OrderTerm> order, long offset, int limit,
                               boolean count) {
        List<Item> matches = new ArrayList<>();
        for (Item item : IdRange.of(filter).apply(type.table().byId()).values()) {
            if (filter.test(type, item)) {
                matches.add(item);
            }
        }
        matches.sort(comparator(type, order));
        int from = (int) Math.min(offset, matches.size());
        int to = (int) Math.min((long) from + limit, matches.size());
        return new Page(new ArrayList<>(matches.subList(from, to)), count ? matches.size() : -1);
    }

    static Comparator<Item> comparator(EntityType type, List<OrderTerm> order) {
        Comparator<Item> comparator = (a, b) -> 0;
        for (OrderTerm term : order) {
            FieldDef field = term.field();
            Comparator<Item> byField = (a, b) -> compareValues(field, type.value(a, field), type.value(b, field));
            comparator = comparator.thenComparing(term.ascending() ? byField : byField.reversed());
        }
        return comparator.thenComparingLong(Item::id);
    }

    /** Empty values sort first in ascending order, as MySQL sorts NULL. */
    private static int compareValues(FieldDef field, Object a, Object b) {
        Comparable<?> ka = Values.ofStored(field.type(), first(a));
        Comparable<?> kb = Values.ofStored(field.type(), first(b));
        if (ka == null || kb == null) {
            return ka == null ? (kb == null ? 0 : -1) : 1;
        }
        return Values.compare(ka, kb);
    }

    private static Object first(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? null : list.getFirst()) : value;
    }
}
