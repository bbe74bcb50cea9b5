package dev.b24kit.testportal.internal.admin;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * The parameters of one admin request that changes settings, read strictly: an unknown name, a value
 * of the wrong kind, or a change sent with GET is refused with an {@link IllegalArgumentException}
 * whose message names the endpoint, the parameter, the value and what would be accepted (the admin
 * API answers it with 400). Nothing is applied before everything has been read, so a refused request
 * changes nothing. Not thread-safe; one per request.
 */
final class AdminParams {

    /** The largest {@link #wholeNumber}: 18 digits. */
    static final long ANY_WHOLE_NUMBER = 999_999_999_999_999_999L;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final String endpoint;
    private final Map<String, Object> params;

    /** Refuses names outside {@code accepted}, and any parameter on a GET. */
    AdminParams(String endpoint, String httpMethod, Map<String, Object> params, Collection<String> accepted) {
        this.endpoint = endpoint;
        this.params = params;
        Set<String> unknown = new LinkedHashSet<>(params.keySet());
        unknown.removeAll(accepted);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(endpoint + ": unknown parameter '" + unknown.iterator().next()
                    + "'; accepted: " + String.join(", ", accepted));
        }
        if ("GET".equalsIgnoreCase(httpMethod) && !params.isEmpty()) {
            throw new IllegalArgumentException(endpoint + ": GET only reads; send POST to change '"
                    + params.keySet().iterator().next() + "'");
        }
    }

    boolean has(String name) {
        return params.containsKey(name);
    }

    /** The value as text, trimmed. */
    String text(String name) {
        Object value = params.get(name);
        if (PhpArrays.isArray(value)) {
            throw refused(name, "an array", "a single value");
        }
        return PhpArrays.string(value).trim();
    }

    /** {@code true}/{@code false}/{@code 1}/{@code 0}, any case. */
    boolean bool(String name) {
        Object value = params.get(name);
        if (value instanceof Boolean b) {
            return b;
        }
        return switch (text(name).toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw refused(name, text(name), "true, false, 1, 0");
        };
    }

    /** A finite decimal number that is {@code >= 0}, or {@code > 0} when {@code positive}. */
    double number(String name, boolean positive) {
        return number(name, positive, "");
    }

    /** A {@link #number} of seconds; a refusal says that the unit is seconds. */
    double seconds(String name, boolean positive) {
        return number(name, positive, " (seconds)");
    }

    /** A whole number from 0 to {@code max} (at most {@link #ANY_WHOLE_NUMBER}), digits only. */
    long wholeNumber(String name, long max) {
        String text = text(name);
        if (text.matches("\\d{1,18}") && Long.parseLong(text) <= max) {
            return Long.parseLong(text);
        }
        throw refused(name, text, max >= ANY_WHOLE_NUMBER ? "a whole number >= 0" : "a whole number from 0 to " + max);
    }

    private double number(String name, boolean positive, String unit) {
        String text = text(name);
        String accepted = (positive ? "a number > 0" : "a number >= 0") + unit;
        if (!NUMBER.matcher(text).matches()) {
            throw refused(name, text, accepted);
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value) || value < 0 || (positive && value == 0)) {
            throw refused(name, text, accepted);
        }
        return value;
    }

    /** A number of seconds {@code > 0}, as a duration of at least one nanosecond. */
    Duration duration(String name) {
        return Duration.ofNanos(Math.max(1, Math.round(seconds(name, true) * 1e9)));
    }

    /** One of the keys of {@code choices}, ignoring case. */
    <T> T choice(String name, Map<String, T> choices) {
        String text = text(name);
        T chosen = choices.get(text.toLowerCase(Locale.ROOT));
        if (chosen == null) {
            throw refused(name, text, String.join(", ", choices.keySet()));
        }
        return chosen;
    }

    /** A whole-number id; {@code what} says whose id it must be. */
    long id(String name, String what) {
        String text = text(name);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw refused(name, text, what);
        }
    }

    IllegalArgumentException refused(String name, String value, String accepted) {
        return new IllegalArgumentException(endpoint + ": " + name + " '" + value + "' is not accepted; accepted: "
                + accepted);
    }
}
