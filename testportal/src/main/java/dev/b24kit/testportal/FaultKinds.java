package dev.b24kit.testportal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The text names of {@link Fault}s, as {@link FaultRule#parse} reads them. */
final class FaultKinds {

    static final String ACCEPTED = "query-limit, overload, server-error[:500|502|504], slow:DURATION,"
            + " drop-before[:DURATION], drop-after-commit, expired-token, batch-command[:ERROR_CODE]";

    private FaultKinds() {
    }

    static Fault fault(String kind, String argument, String text) {
        return switch (kind) {
            case "query-limit" -> new Fault.QueryLimitExceeded();
            case "overload" -> new Fault.OverloadLimit();
            case "server-error" -> new Fault.ServerError(argument == null ? 500 : integer(argument, text));
            case "slow" -> new Fault.Slow(duration(argument, text, null));
            case "drop-before" -> new Fault.DropBeforeCall(duration(argument, text, Duration.ZERO));
            case "drop-after-commit" -> new Fault.DropAfterCommit();
            case "expired-token" -> new Fault.ExpiredToken();
            case "batch-command" -> new Fault.BatchCommandFailure(argument == null ? "INTERNAL_SERVER_ERROR" : argument,
                    "Injected failure of one batch command");
            default -> throw new IllegalArgumentException("fault '" + text + "': unknown kind '" + kind + "'; accepted: "
                    + ACCEPTED);
        };
    }

    /** The text form of a fault, as {@link #fault} reads it back ({@code server-error:502}, {@code slow:PT2S}). */
    static String text(Fault fault) {
        return switch (fault) {
            case Fault.QueryLimitExceeded q -> "query-limit";
            case Fault.OverloadLimit o -> "overload";
            case Fault.ServerError e -> "server-error:" + e.status();
            case Fault.Slow s -> "slow:" + s.delay();
            case Fault.DropBeforeCall d -> d.hold().isZero() ? "drop-before" : "drop-before:" + d.hold();
            case Fault.DropAfterCommit d -> "drop-after-commit";
            case Fault.ExpiredToken t -> "expired-token";
            case Fault.BatchCommandFailure b -> "batch-command:" + b.error();
        };
    }

    private static int integer(String value, String text) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault '" + text + "': '" + value + "' is not a status (500, 502 or 504)", e);
        }
    }

    /** {@code PT2S}, {@code 2s}, {@code 500ms}. */
    static Duration duration(String value, String text, Duration fallback) {
        if (value == null || value.isEmpty()) {
            if (fallback != null) {
                return fallback;
            }
            throw new IllegalArgumentException("fault '" + text + "': needs a duration, e.g. slow:2s or slow:PT2S");
        }
        String v = value.toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("pt")) {
                return Duration.parse(value);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis((long) (Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("fault '" + text + "': '" + value + "' is not a duration (e.g. 2s, 500ms, PT2S)");
    }
}
