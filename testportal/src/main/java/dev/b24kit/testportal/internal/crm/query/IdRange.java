package dev.b24kit.testportal.internal.crm.query;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
                // Lower bounds round down and upper bounds round up, so a fractional bound never
                // narrows the range below what the filter matches (the filter still checks every row).
                long low = clamp(bound.setScale(0, RoundingMode.FLOOR));
                long high = clamp(bound.setScale(0, RoundingMode.CEILING));
                range = switch (c.op()) {
                    case GT -> range.withLow(low, false);
                    case GE -> range.withLow(low, true);
                    case EQ -> range.withLow(low, true).withHigh(high, true);
                    case LT -> range.withHigh(high, false);
                    case LE -> range.withHigh(high, true);
                    default -> range;
                };
            }
        }
        return range;
    }

    /** A bound beyond the range of IDs is the end of that range (no overflow into nonsense). */
    private static long clamp(BigDecimal value) {
        if (value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
            return Long.MIN_VALUE;
        }
        return value.longValueExact();
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
