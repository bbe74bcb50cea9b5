package dev.b24kit.schema;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link FieldCatalog} keeps its copy of the portal's metadata. Immutable.
 *
 * @param ttl          how long a load is used before the next lookup loads again
 * @param missCooldown a lookup that misses (a field, enum item, stage or entity the catalog does not know)
 *                     loads again once, unless the last load is younger than this: a field added in the
 *                     portal a minute ago works, and a run of typos does not become a run of loads
 * @param languages    the languages whose user-field labels are loaded besides the portal's own
 *                     ({@code crm.X.userfield.list} with {@code filter[LANG]}, one batch command each)
 * @param clock        the clock of the TTL and the cooldown
 * @throws IllegalArgumentException for a negative duration or a language that is not a language code
 */
public record CatalogOptions(Duration ttl, Duration missCooldown, List<String> languages, InstantSource clock) {

    public CatalogOptions {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(missCooldown, "missCooldown");
        languages = List.copyOf(languages);
        Objects.requireNonNull(clock, "clock");
        if (languages.stream().anyMatch(l -> !l.matches("[A-Za-z]{2,3}"))) {
            throw new IllegalArgumentException("languages are portal language codes (en, ru, de…), got " + languages);
        }
        if (ttl.isNegative() || missCooldown.isNegative()) {
            throw new IllegalArgumentException("ttl and missCooldown must not be negative");
        }
    }

    /** A 10-minute TTL, a 10-second miss cooldown, English and Russian labels, the system clock. */
    public static CatalogOptions defaults() {
        return new CatalogOptions(Duration.ofMinutes(10), Duration.ofSeconds(10), List.of("en", "ru"), InstantSource.system());
    }

    public CatalogOptions withTtl(Duration value) {
        return new CatalogOptions(value, missCooldown, languages, clock);
    }

    public CatalogOptions withMissCooldown(Duration value) {
        return new CatalogOptions(ttl, value, languages, clock);
    }

    public CatalogOptions withLanguages(List<String> value) {
        return new CatalogOptions(ttl, missCooldown, value, clock);
    }

    public CatalogOptions withClock(InstantSource value) {
        return new CatalogOptions(ttl, missCooldown, languages, value);
    }
}
