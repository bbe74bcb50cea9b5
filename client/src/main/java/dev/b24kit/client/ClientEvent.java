package dev.b24kit.client;

import java.time.Duration;

/**
 * What the client tells a {@link ClientListener}. Records; none carries a secret or a token.
 */
public sealed interface ClientEvent {

    /** A call (or {@code batch}) is about to be sent; {@code attempt} counts from 1. */
    record CallStarted(String method, int attempt) implements ClientEvent {
    }

    /** An answer arrived or the attempt failed; {@code error} is null on success. */
    record CallEnded(String method, int attempt, int httpStatus, String error, Duration elapsed) implements ClientEvent {
    }

    /** The call waited for the request budget ({@code reason}: {@code bucket} or {@code operating}). */
    record Throttled(String method, String reason, Duration waited) implements ClientEvent {
    }

    /**
     * The call will be sent again after {@code delay} (zero when a limit's wait follows as {@link Throttled}).
     * {@code reason} is a code: the portal's {@code error} ({@code QUERY_LIMIT_EXCEEDED},
     * {@code OPERATION_TIME_LIMIT}, {@code OVERLOAD_LIMIT}, {@code ERROR_CORE}…), {@code http_NNN} for an
     * answer without an error envelope, or {@code no_answer}; {@code detail} says more, for people.
     */
    record RetryScheduled(String method, int nextAttempt, String reason, String detail, Duration delay)
            implements ClientEvent {
    }

    /** A {@code batch} request with {@code commands} commands was sent ({@code coalesced}: packed from single calls). */
    record BatchSent(int commands, boolean coalesced) implements ClientEvent {
    }

    /** A list page arrived with {@code rows} rows. */
    record PageFetched(String method, int rows) implements ClientEvent {
    }

    /** A call that is not safe to repeat ended with an unknown outcome. */
    record OutcomeUnknownReported(String method, int attempt, String reason) implements ClientEvent {
    }

    /** A method's operating time reached {@code operatingSeconds} of {@code limitSeconds}; calls are paced. */
    record BudgetNearLimit(String method, double operatingSeconds, double limitSeconds) implements ClientEvent {
    }
}
