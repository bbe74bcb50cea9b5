package dev.b24kit.testportal.internal.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.b24kit.testportal.internal.limits.OperatingBudget;

/**
 * Builds the success envelope (§2): {@code result}, then {@code total} and {@code next} when the
 * method paged, then {@code time}. The {@code time} object follows the newest core: {@code start} and
 * {@code processing} are integers (PHP truncation), {@code finish} and {@code duration} floats,
 * {@code date_start}/{@code date_finish} in the portal's offset, then {@code operating_reset_at}
 * (when a reset exists) and {@code operating}.
 */
public final class Envelope {

    /** PHP's {@code date('c')}: ISO-8601 with a numeric offset, {@code +00:00} rather than {@code Z}. */
    public static final DateTimeFormatter PHP_DATE_C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private Envelope() {
    }

    /** The {@code time} member for a call that began at {@code start} and took {@code seconds}. */
    public static Map<String, Object> time(Instant start, double seconds, ZoneId zone, OperatingBudget.Usage usage) {
        double startSeconds = start.getEpochSecond() + start.getNano() / 1e9;
        double finish = startSeconds + seconds;
        Instant finishInstant = start.plusNanos((long) (seconds * 1e9));
        Map<String, Object> time = new LinkedHashMap<>();
        time.put("start", start.getEpochSecond());
        time.put("finish", round(finish, 6));
        time.put("duration", round(seconds, 9));
        time.put("processing", (long) seconds);
        time.put("date_start", PHP_DATE_C.format(start.atZone(zone)));
        time.put("date_finish", PHP_DATE_C.format(finishInstant.atZone(zone)));
        if (usage != null) {
            if (usage.resetAt() != null) {
                time.put("operating_reset_at", usage.resetAt());
            }
            time.put("operating", round(usage.operatingSeconds(), 9));
        }
        return time;
    }

    /** The top-level success body for a handler's outcome. */
    public static Map<String, Object> success(Object outcome, Map<String, Object> time) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (outcome instanceof Paged paged) {
            body.put("result", paged.result());
            if (paged.total() != null) {
                body.put("total", paged.total());
            }
            if (paged.next() != null) {
                body.put("next", paged.next());
            }
        } else {
            body.put("result", outcome);
        }
        body.put("time", time);
        return body;
    }

    private static double round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
