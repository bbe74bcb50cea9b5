package dev.b24kit.testportal.internal.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dev.b24kit.testportal.internal.rest.Envelope;

/**
 * Dates as the portal reads and writes them (§7.2). Datetimes render as PHP {@code date('c')} in the
 * portal's zone. Date-only values render as a datetime at UTC midnight of that date seen in the
 * portal's zone ({@code date('c', midnight + date("Z"))}), hence {@code 2024-08-30T03:00:00+03:00} in
 * Moscow. Input accepts ISO-8601 with or without offset or time, {@code YYYY-MM-DD HH:MM:SS}, and the
 * Russian site format {@code DD.MM.YYYY[ HH:MM:SS]}; anything else is unparsable (null), which legacy
 * writes drop silently (§7.1).
 */
public final class Dates {

    private static final DateTimeFormatter SITE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter SITE_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm[:ss]");
    private static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private Dates() {
    }

    public static String renderDateTime(Instant instant, ZoneId zone) {
        return Envelope.PHP_DATE_C.format(instant.atZone(zone));
    }

    public static String renderDate(LocalDate date, ZoneId zone) {
        return Envelope.PHP_DATE_C.format(date.atStartOfDay(ZoneOffset.UTC).toInstant().atZone(zone));
    }

    /** A datetime from input text, local times read in {@code zone}; null when unparsable. */
    public static Instant parseDateTime(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SQL_DATE_TIME,
                SITE_DATE_TIME}) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        LocalDate date = parseDate(value, zone);
        return date == null ? null : date.atStartOfDay(zone).toInstant();
    }

    /** A date from input text (a datetime's date in its own offset); null when unparsable. */
    public static LocalDate parseDate(String text, ZoneId zone) {
        if (text == null) {
            return null;
        }
        String value = text.trim();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, SITE_DATE}) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        try {
            return OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the next format
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE_TIME, SQL_DATE_TIME,
                SITE_DATE_TIME}) {
            try {
                return LocalDateTime.parse(value, format).toLocalDate();
            } catch (DateTimeParseException ignored) {
                // try the next format
            }
        }
        return null;
    }
}
