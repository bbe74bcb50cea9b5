package dev.b24kit.client;

import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The {@code time} block of an answer, as far as the client uses it. Numbers may arrive as integers
 * or floats; a missing member reads as 0 or empty. Immutable.
 *
 * @param duration          {@code duration}: seconds from request start to finish
 * @param processing        {@code processing}: seconds the method itself ran (an integer on newer cores)
 * @param operating         {@code operating}: seconds this method has used of its operating budget in the window
 * @param operatingResetAt  {@code operating_reset_at}: when the oldest minute of that window drops out
 */
public record Timing(double duration, double processing, double operating, Optional<Instant> operatingResetAt) {

    /** No {@code time} block. */
    public static final Timing NONE = new Timing(0, 0, 0, Optional.empty());

    /** Reads a {@code time} object; {@link #NONE} for null or a non-object. */
    public static Timing of(JsonNode time) {
        if (time == null || !time.isObject()) {
            return NONE;
        }
        JsonNode reset = time.get("operating_reset_at");
        Optional<Instant> resetAt = reset == null || reset.isNull() ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(Math.round(PortalValues.asDouble(reset) * 1000)));
        return new Timing(PortalValues.asDouble(time.get("duration")), PortalValues.asDouble(time.get("processing")),
                PortalValues.asDouble(time.get("operating")), resetAt);
    }
}
