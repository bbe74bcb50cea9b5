package dev.b24kit.store.internal;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

import dev.b24kit.store.IdSource;

/** The time and the id a new or changed row gets. Times are kept to the millisecond, so a row reads back as it was written. */
record Stamps(InstantSource clock, IdSource ids) {

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    String id() {
        String id = ids.next();
        if (id == null || id.isBlank() || id.length() > 36) {
            throw new IllegalStateException("the IdSource gave '" + id + "'; ids must be 1 to 36 characters");
        }
        return id;
    }
}
