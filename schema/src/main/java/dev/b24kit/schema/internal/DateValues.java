package dev.b24kit.schema.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.ValueRefused;

/**
 * Dates and date-times in the portal's time zone (docs/bitrix24-behavior.md §7.2, §12.5). Input: a
 * {@link LocalDate}, {@link LocalDateTime}, {@link OffsetDateTime}, {@link ZonedDateTime} or
 * {@link Instant}, or text in ISO-8601 (with or without time and offset) or {@code DD.MM.YYYY}; a time
 * without an offset is the portal's local time. Output: {@code YYYY-MM-DD} for dates, ISO-8601 with the
 * portal's offset for date-times. Reading undoes the date-only rendering of §7.2 (midnight shifted by
 * the offset, {@code 2024-08-30T03:00:00+03:00} → 2024-08-30). Stateless.
 */
public final class DateValues {

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final List<String> DATE_FORMS = List.of("2025-03-01", "01.03.2025", "2025-03-01T10:00:00+03:00");

    private DateValues() {
    }

    /** {@code YYYY-MM-DD} of {@code value}; a moment is taken as a date in the portal's offset. */
    public static String date(FieldRef field, Object value, ZoneOffset portal) {
        return switch (value) {
            case LocalDate d -> d.toString();
            case LocalDateTime t -> t.toLocalDate().toString();
            default -> moment(field, value, portal).withOffsetSameInstant(portal).toLocalDate().toString();
        };
    }

    /** ISO-8601 with the portal's offset ({@code 2025-03-01T10:00:00+03:00}); a date is its midnight there. */
    public static String dateTime(FieldRef field, Object value, ZoneOffset portal) {
        return moment(field, value, portal).withOffsetSameInstant(portal).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static OffsetDateTime moment(FieldRef field, Object value, ZoneOffset portal) {
        switch (value) {
            case OffsetDateTime t -> {
                return t;
            }
            case ZonedDateTime t -> {
                return t.toOffsetDateTime();
            }
            case Instant t -> {
                return t.atOffset(portal);
            }
            case LocalDateTime t -> {
                return t.atOffset(portal);
            }
            case LocalDate d -> {
                return d.atStartOfDay().atOffset(portal);
            }
            default -> {
                return parse(field, value, portal);
            }
        }
    }

    private static OffsetDateTime parse(FieldRef field, Object value, ZoneOffset portal) {
        String text = String.valueOf(value).strip().replace(' ', 'T');
        try {
            if (text.matches("\\d{2}\\.\\d{2}\\.\\d{4}")) {
                return LocalDate.parse(text, RUSSIAN).atStartOfDay().atOffset(portal);
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text).atStartOfDay().atOffset(portal);
            }
            if (text.matches(".*(Z|[+-]\\d{2}:?\\d{2})$")) {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            }
            return LocalDateTime.parse(text).atOffset(portal);
        } catch (DateTimeParseException e) {
            throw new ValueRefused(field, value, ValueRefused.Reason.MALFORMED,
                    "is not a date; the legacy methods drop a date they cannot parse and still answer true (§7.1)", DATE_FORMS);
        }
    }

    /** The date of a date-only value as the portal renders it (§7.2); null for {@code ""} or null. */
    public static LocalDate readDate(String rendered) {
        if (rendered == null || rendered.isBlank()) {
            return null;
        }
        if (rendered.length() == 10) {
            return LocalDate.parse(rendered);
        }
        OffsetDateTime at = OffsetDateTime.parse(rendered);
        // midnight + the offset, rendered in that offset: take the offset back off before taking the date
        return at.toLocalDateTime().minusSeconds(at.getOffset().getTotalSeconds()).toLocalDate();
    }

    /** A date-time as the portal renders it; null for {@code ""} or null. */
    public static OffsetDateTime readDateTime(String rendered) {
        return rendered == null || rendered.isBlank() ? null : OffsetDateTime.parse(rendered);
    }
}
