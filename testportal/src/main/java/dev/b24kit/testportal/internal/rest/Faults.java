package dev.b24kit.testportal.internal.rest;

import java.util.Map;

import dev.b24kit.testportal.Fault;
import dev.b24kit.testportal.internal.Portal;

/** What a struck {@link Fault} makes the pipeline answer. */
final class Faults {

    private Faults() {
    }

    /** Faults that strike before the call runs (nothing changes in the portal). */
    static Reply before(Fault fault, Portal portal) {
        return switch (fault) {
            case Fault.QueryLimitExceeded q -> Reply.json(503, new RestError(503, "QUERY_LIMIT_EXCEEDED", "Too many requests").body());
            case Fault.OverloadLimit o -> Reply.json(503,
                    new RestError(503, "OVERLOAD_LIMIT", "REST API is blocked due to overload.").body());
            case Fault.ServerError e -> frontEndPage(e.status());
            case Fault.DropBeforeCall d -> {
                pause(portal, d.hold());
                yield Reply.DROP;
            }
            default -> throw new IllegalArgumentException("not a before-call fault: " + fault);
        };
    }

    /**
     * The page the cloud's front end (nginx) answers with when it gives up on a request: {@code text/html},
     * not JSON, without the REST headers — 500, 502, or 504 when it cut the request off (§4.3).
     */
    static Reply frontEndPage(int status) {
        return new Reply(status, Map.of("Content-Type", "text/html; charset=utf-8"),
                "<html><head><title>" + status + "</title></head><body><center><h1>" + status + " "
                        + (status == 502 ? "Bad Gateway" : status == 504 ? "Gateway Time-out" : "Internal Server Error")
                        + "</h1></center><hr><center>nginx</center></body></html>");
    }

    /** Faults that strike after the call ran and committed; null when the reply goes out normally. */
    static Reply after(Fault fault, Portal portal) {
        return switch (fault) {
            case Fault.Slow s -> {
                pause(portal, s.delay());
                yield null;
            }
            case Fault.DropAfterCommit d -> Reply.DROP;
            default -> null;
        };
    }

    private static void pause(Portal portal, java.time.Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            portal.sleeper().sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
