package dev.b24kit.testportal.internal.events;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import dev.b24kit.testportal.internal.crm.Dates;
import dev.b24kit.testportal.internal.crm.query.Op;
import dev.b24kit.testportal.internal.php.PhpArrays;
import dev.b24kit.testportal.internal.rest.RestError;

/**
 * Filtering, ordering and rendering of offline-event rows for {@code event.offline.get} and
 * {@code event.offline.list} (§10.4): filter keys {@code ID}, {@code TIMESTAMP_X}, {@code EVENT_NAME},
 * {@code MESSAGE_ID} (and {@code PROCESS_ID}, {@code ERROR} for list) with the usual operator prefixes.
 */
final class OfflineRows {

    private OfflineRows() {
    }

    static Predicate<OfflineQueue.Row> filter(Object filter, ZoneId zone, boolean listColumns) {
        Map<String, Object> array = PhpArrays.asArray(filter);
        Predicate<OfflineQueue.Row> predicate = row -> true;
        if (array == null) {
            return predicate;
        }
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            Op.Split split = Op.split(entry.getKey());
            String column = split == null ? "" : split.field().toUpperCase(Locale.ROOT);
            boolean known = switch (column) {
                case "ID", "TIMESTAMP_X", "EVENT_NAME", "MESSAGE_ID" -> true;
                case "PROCESS_ID", "ERROR" -> listColumns;
                default -> false;
            };
            if (!known) {
                throw RestError.of("ERROR_ARGUMENT", "Filter field '" + entry.getKey() + "' is not supported");
            }
            Op op = split.op();
            List<Object> values = PhpArrays.values(entry.getValue());
            predicate = predicate.and(row -> matches(value(row, column), op, values, zone));
        }
        return predicate;
    }

    private static Object value(OfflineQueue.Row row, String column) {
        return switch (column) {
            case "ID" -> row.id;
            case "TIMESTAMP_X" -> row.timestamp;
            case "EVENT_NAME" -> row.eventName;
            case "MESSAGE_ID" -> row.messageId;
            case "PROCESS_ID" -> row.processId;
            default -> row.error ? "1" : "0";
        };
    }

    private static boolean matches(Object actual, Op op, List<Object> wanted, ZoneId zone) {
        boolean any = false;
        for (Object value : wanted) {
            int cmp = compare(actual, PhpArrays.string(value), zone);
            boolean hit = switch (op) {
                case EQ, IN, NE, NOT_IN -> cmp == 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case LIKE, NOT_LIKE -> actual.toString().toLowerCase(Locale.ROOT)
                        .contains(PhpArrays.string(value).toLowerCase(Locale.ROOT));
                default -> false;
            };
            any |= hit;
        }
        boolean negative = op == Op.NE || op == Op.NOT_IN || op == Op.NOT_LIKE;
        return negative != any;
    }

    private static int compare(Object actual, String wanted, ZoneId zone) {
        return switch (actual) {
            case Long id -> new BigDecimal(id).compareTo(number(wanted));
            case java.time.Instant at -> {
                java.time.Instant other = Dates.parseDateTime(wanted, zone);
                yield other == null ? 1 : at.compareTo(other);
            }
            default -> actual.toString().compareToIgnoreCase(wanted);
        };
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    static Comparator<OfflineQueue.Row> order(Object order, String defaultColumn) {
        Map<String, Object> array = PhpArrays.asArray(order);
        if (array == null || array.isEmpty()) {
            array = new LinkedHashMap<>(Map.of(defaultColumn, "ASC"));
        }
        Comparator<OfflineQueue.Row> comparator = (a, b) -> 0;
        for (Map.Entry<String, Object> entry : array.entrySet()) {
            String column = entry.getKey().toUpperCase(Locale.ROOT);
            Comparator<OfflineQueue.Row> by = switch (column) {
                case "ID" -> Comparator.comparingLong(r -> r.id);
                case "TIMESTAMP_X" -> Comparator.comparing(r -> r.timestamp);
                case "EVENT_NAME" -> Comparator.comparing(r -> r.eventName);
                case "MESSAGE_ID" -> Comparator.comparing(r -> r.messageId);
                default -> throw RestError.of("ERROR_ARGUMENT", "Order field '" + entry.getKey() + "' is not supported");
            };
            boolean descending = PhpArrays.string(entry.getValue()).trim().equalsIgnoreCase("DESC");
            comparator = comparator.thenComparing(descending ? by.reversed() : by);
        }
        return comparator.thenComparingLong(r -> r.id);
    }

    static Map<String, Object> render(OfflineQueue.Row row, ZoneId zone, boolean listColumns) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ID", Long.toString(row.id));
        out.put("TIMESTAMP_X", Dates.renderDateTime(row.timestamp, zone));
        out.put("EVENT_NAME", row.eventName);
        out.put("EVENT_DATA", row.eventData);
        out.put("EVENT_ADDITIONAL", row.additional);
        out.put("MESSAGE_ID", row.messageId);
        if (listColumns) {
            out.put("PROCESS_ID", row.processId);
            out.put("ERROR", row.error ? "1" : "0");
        }
        return out;
    }

    static List<Map<String, Object>> render(List<OfflineQueue.Row> rows, ZoneId zone, boolean listColumns) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (OfflineQueue.Row row : rows) {
            out.add(render(row, zone, listColumns));
        }
        return out;
    }
}
