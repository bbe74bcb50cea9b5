package dev.b24kit.writes.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.schema.FieldType;
import dev.b24kit.schema.RecordView;
import dev.b24kit.writes.FieldDiff;

/**
 * Compares what a record must hold with what the portal answered, field by field, on canonical values
 * (both sides read by {@link RecordView}, so enum IDs, stage IDs, flags, dates in the portal's zone and
 * both dialects' spellings compare alike), with the normalisations reading alone does not give: money
 * ({@code 1500.00|RUB} holds {@code 1500|RUB}), numbers by value, a single value and a list of one,
 * empty and absent, and multi-fields as sets of (type, value) whatever their item IDs.
 */
final class Verification {

    private static final Pattern MONEY = Pattern.compile("^\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\|\\s*([A-Za-z]{3})\\s*$");

    private Verification() {
    }

    /** The fields of {@code expected} that {@code actual} does not hold; empty when it holds them all. */
    static List<FieldDiff> diff(RecordView expected, RecordView actual) {
        List<FieldDiff> diffs = new ArrayList<>();
        for (RecordView.Entry want : expected.entries()) {
            Optional<RecordView.Entry> found = actual.find(want.field().upper());
            Object have = found.map(RecordView.Entry::value).orElse(null);
            if (!same(want.field().type(), want.value(), have)) {
                diffs.add(new FieldDiff(want.field().upper(), want.field().title(), want.value(), want.text(), have,
                        found.map(RecordView.Entry::text).orElse("")));
            }
        }
        return diffs;
    }

    /** The UPPER codes checked. */
    static List<String> fields(RecordView expected) {
        return expected.entries().stream().map(e -> e.field().upper()).toList();
    }

    static boolean same(FieldType type, Object want, Object have) {
        if (empty(want) && empty(have)) {
            return true;
        }
        if (type == FieldType.MULTIFIELD) {
            return multiValues(want).equals(multiValues(have));
        }
        if (want instanceof Collection<?> || have instanceof Collection<?>) {
            List<Object> w = list(want);
            List<Object> h = list(have);
            if (w.size() != h.size()) {
                return false;
            }
            for (int i = 0; i < w.size(); i++) {
                if (!scalar(w.get(i), h.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return scalar(want, have);
    }

    private static boolean scalar(Object want, Object have) {
        if (empty(want) || empty(have)) {
            return empty(want) && empty(have);
        }
        BigDecimal w = number(want);
        BigDecimal h = number(have);
        if (w != null && h != null) {
            return w.compareTo(h) == 0;
        }
        Matcher mw = MONEY.matcher(String.valueOf(want));
        Matcher mh = MONEY.matcher(String.valueOf(have));
        if (mw.matches() && mh.matches()) {
            return new BigDecimal(mw.group(1)).compareTo(new BigDecimal(mh.group(1))) == 0
                    && mw.group(2).equalsIgnoreCase(mh.group(2));
        }
        return Objects.equals(want, have) || String.valueOf(want).equals(String.valueOf(have));
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return null;
    }

    static boolean empty(Object value) {
        return value == null || value instanceof String s && s.isEmpty()
                || value instanceof Collection<?> c && c.stream().allMatch(Verification::empty);
    }

    private static List<Object> list(Object value) {
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        List<Object> one = new ArrayList<>();
        one.add(value);
        return one;
    }

    /** A multi-field as a sorted list of "TYPE value", ignoring item IDs. */
    private static List<String> multiValues(Object value) {
        List<String> values = new ArrayList<>();
        for (Object item : list(value)) {
            if (item instanceof Map<?, ?> m && !empty(m.get("value"))) {
                values.add(String.valueOf(m.get("type")).toUpperCase(java.util.Locale.ROOT) + " " + m.get("value"));
            }
        }
        values.sort(null);
        return values;
    }
}
