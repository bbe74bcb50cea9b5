package dev.b24kit.testportal.internal.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Who makes a write and when: the user recorded in {@code CREATED_BY_ID}/{@code MODIFY_BY_ID}/
 * {@code MOVED_BY_ID}, the instant recorded in {@code DATE_CREATE}/{@code DATE_MODIFY}/{@code MOVED_TIME},
 * and the portal's zone (for date-only defaults such as a deal's {@code BEGINDATE}). Immutable.
 *
 * @param userId the acting user (the webhook's user; 0 when the portal itself writes)
 */
public record Author(long userId, Instant at, ZoneId zone) {

    public Author {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    /** Today in the portal's zone. */
    public LocalDate today() {
        return at.atZone(zone).toLocalDate();
    }
}
