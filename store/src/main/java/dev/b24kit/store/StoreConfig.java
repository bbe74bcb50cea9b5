package dev.b24kit.store;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.store.internal.Redaction;

/**
 * How to open a {@link Store}: where it is, the clock that stamps rows, and the source of new ids.
 *
 * <p>{@code location} is a file path (SQLite; parent folders are created), a {@code jdbc:sqlite:} URL,
 * or a {@code jdbc:postgresql:} URL (also {@code postgresql://user:pass@host/db}). A URL may carry a
 * password; {@link #toString()} and every message of the store show it as {@code ****}.
 *
 * <p>Immutable and thread-safe. No component is {@code null}; the constructor throws
 * {@link NullPointerException} otherwise.
 */
public record StoreConfig(String location, InstantSource clock, IdSource ids) {

    /** The location used when neither {@code --db} nor {@value #ENVIRONMENT_VARIABLE} names one. */
    public static final String DEFAULT_LOCATION = "./.b24kit/b24kit.db";

    /** The environment variable that names the store when {@code --db} is absent. */
    public static final String ENVIRONMENT_VARIABLE = "B24KIT_DB";

    public StoreConfig {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }

    /** The store at {@code location}, with the system clock and time-ordered random ids. */
    public static StoreConfig of(String location) {
        InstantSource clock = InstantSource.system();
        return new StoreConfig(location, clock, IdSource.timeOrdered(clock, new SecureRandom()));
    }

    /**
     * The location a command should open: the {@code --db} value when given (not blank), else
     * {@value #ENVIRONMENT_VARIABLE} from {@code environment} when set, else {@value #DEFAULT_LOCATION}.
     * Only {@code main} reads the real environment and passes it here.
     *
     * @param option the {@code --db} value, or {@code null} when absent
     */
    public static String location(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.strip() : DEFAULT_LOCATION;
    }

    /** The location without passwords: {@code password=****}, {@code user:****@}. */
    public String redactedLocation() {
        return Redaction.redact(location);
    }

    @Override
    public String toString() {
        return "StoreConfig[location=" + redactedLocation() + "]";
    }
}
