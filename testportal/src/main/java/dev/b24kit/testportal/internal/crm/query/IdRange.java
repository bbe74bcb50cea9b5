package dev.b24kit.testportal.internal.crm.query;

import java.math.BigDecimal;
import java.util.NavigableMap;

/**
 * The ID bounds implied by a filter's top-level AND conditions on {@code ID} ({@code >ID}, {@code >=ID},
 * {@code <ID}, {@code <=ID}, {@code =ID}), so that keyset pages are located through the ID index. The
 * filter is still applied to every row; the range only narrows which rows are looked at.
 */
record IdRange(long low, boolean lowInclusive, long high, boolean highInclusive) {

    static final IdRange ALL = new IdRange(Long.MIN_VALUE, true, Long.MAX_VALUE, true);

    static IdRange of(Filter filter) {
        IdRange range = ALL;
        if (!(filter instanceof Filter.And and)) {
            return range;
        }
        for (Filter part : and.parts()) {
            if (part instanceof Filter.Condition c && c.field().code().equals("ID") && c.values().size() == 1
                    && c.values().getFirst() instanceof BigDecimal bound && !c.empty()) {
                long value = bound.setScale(0, java.math.RoundingMode.FLOOR).longValue();
                range = switch (c.op()) {
                    case GT -> range.withLow(value, false);
                    case GE, EQ -> c.op() == Op.EQ ? range.withLow(value, true).withHigh(value, true) : range.withLow(value, true);
                    case LT -> range.withHigh(value, false);
                    case LE -> range.withHigh(value, true);
                    default -> range;
                };
            }
        }
        return range;
    }

    private IdRange withLow(long value, boolean inclusive) {
        if (value > low || (value == low && !inclusive)) {
            return new IdRange(value, inclusive, high, highInclusive);
        }
        return this;
    }

    private IdRange withHigh(long value, boolean inclusive) {
        if (value < high || (value == high && !inclusive)) {
            return new IdRange(low, lowInclusive, value, inclusive);
        }
        return this;
    }

    <V> NavigableMap<Long, V> apply(NavigableMap<Long, V> rows) {
        if (low > high || (low == high && !(lowInclusive && highInclusive))) {
            return rows.subMap(0L, true, 0L, false);
        }
        return rows.subMap(low, lowInclusive, high, highInclusive);
    }
}
