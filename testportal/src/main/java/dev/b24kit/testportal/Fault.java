package dev.b24kit.testportal;

import java.time.Duration;
import java.util.Objects;

/**
 * Something the portal does to a call instead of, or besides, serving it normally. Faults are values:
 * schedule them with {@link FaultRule}s from code, the admin API ({@code /_testportal/faults}) or the
 * CLI ({@code --fault}).
 */
public sealed interface Fault {

    /** 503 {@code QUERY_LIMIT_EXCEEDED}, whatever the leaky bucket says (a burst from other apps on the portal). */
    record QueryLimitExceeded() implements Fault {
    }

    /** 503 {@code OVERLOAD_LIMIT} "REST API is blocked due to overload." (§3.1). */
    record OverloadLimit() implements Fault {
    }

    /** A 500 or 502 with an HTML body, as a proxy in front of the portal answers; the call does not run. */
    record ServerError(int status) implements Fault {
        public ServerError {
            if (status != 500 && status != 502 && status != 504) {
                throw new IllegalArgumentException("server error status must be 500, 502 or 504, got " + status);
            }
        }
    }

    /** The call runs normally but its answer is held back for {@code delay}. */
    record Slow(Duration delay) implements Fault {
        public Slow {
            Objects.requireNonNull(delay, "delay");
        }
    }

    /** The connection is held for {@code hold}, then dropped before the call runs: nothing changes. */
    record DropBeforeCall(Duration hold) implements Fault {
        public DropBeforeCall {
            Objects.requireNonNull(hold, "hold");
        }
    }

    /** The call runs and commits, then the connection is dropped: the caller sees an I/O failure, the write exists. */
    record DropAfterCommit() implements Fault {
    }

    /** 401 {@code expired_token} for an OAuth call, as when the access token ran out (§1.6). */
    record ExpiredToken() implements Fault {
    }

    /**
     * Inside a {@code batch}, a sub-command of the targeted method fails with this error, while the
     * other commands run (§5.3: it appears in {@code result_error}).
     */
    record BatchCommandFailure(String error, String description) implements Fault {
        public BatchCommandFailure {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(description, "description");
        }
    }
}
