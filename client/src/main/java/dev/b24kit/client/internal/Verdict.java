package dev.b24kit.client.internal;

import java.util.Locale;

/**
 * The one classification of an attempt's outcome; the pipeline decides what to do from it.
 * See docs/bitrix24-behavior.md §3 and §4 for the codes, §15 for what a robust client does.
 */
public enum Verdict {
    /** A result. */
    DONE,
    /** {@code QUERY_LIMIT_EXCEEDED} / 503: not run; the bucket is full; wait and send again. */
    QUERY_LIMIT,
    /** {@code OPERATION_TIME_LIMIT} / 429: not run; the method's budget is spent; wait for the reset. */
    OPERATING_LIMIT,
    /** {@code expired_token} / {@code invalid_token}: not run; renew the token once and replay. */
    TOKEN_EXPIRED,
    /** Not run, and may pass ({@code OVERLOAD_LIMIT}, no connection): back off if safe to repeat. */
    NOT_RUN,
    /** May have run (5xx, HTML page, dropped connection, timeout): back off only if safe, else outcome unknown. */
    MAYBE_RUN,
    /** The credentials were refused. */
    AUTH,
    /** Any other refusal: fail fast. */
    REJECTED;

    public static Verdict of(Answer answer) {
        return switch (answer) {
            case Answer.Ok ok -> DONE;
            case Answer.Refused r -> ofRefusal(r.status(), r.error());
            case Answer.Garbled g -> g.status() >= 400 && g.status() < 500 && g.status() != 408 && g.status() != 429
                    ? REJECTED : MAYBE_RUN;
            case Answer.NoAnswer n -> n.maybeSent() ? MAYBE_RUN : NOT_RUN;
        };
    }

    /** Also used for a {@code batch} command's entry in {@code result_error} (status 0 there). */
    public static Verdict ofRefusal(int status, String error) {
        String code = error.toUpperCase(Locale.ROOT);
        return switch (code) {
            case "QUERY_LIMIT_EXCEEDED" -> QUERY_LIMIT;
            case "OPERATION_TIME_LIMIT" -> OPERATING_LIMIT;
            case "OVERLOAD_LIMIT" -> NOT_RUN;
            case "EXPIRED_TOKEN", "INVALID_TOKEN" -> TOKEN_EXPIRED;
            case "INVALID_CREDENTIALS", "INSUFFICIENT_SCOPE", "NO_AUTH_FOUND", "WRONG_AUTH_TYPE" -> AUTH;
            default -> status == 429 ? OPERATING_LIMIT
                    : status == 503 ? QUERY_LIMIT
                    : status == 401 ? AUTH
                    : status >= 500 || status == 408 ? MAYBE_RUN
                    : REJECTED;
        };
    }
}
