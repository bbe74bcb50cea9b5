package dev.b24kit.testportal.internal.rest;

import java.time.Instant;
import java.util.Map;

/**
 * What one method invocation produced: a result with its {@code time} object, an error, or the
 * front end's cut-off (§4.3) before it could complete.
 *
 * @param result  the handler's result; null unless it succeeded
 * @param error   the error; null unless it failed or was refused
 * @param time    the {@code time} object of a success, null otherwise
 * @param seconds modelled processing seconds (of a cut call: how long it ran before the cut)
 * @param started when the call began on the portal clock (a refused one: when it was refused)
 * @param cut     whether the request was cut off while this call ran, or before it could begin
 */
public record Outcome(Object result, RestError error, Map<String, Object> time, double seconds, Instant started,
                      boolean cut) {

    static Outcome success(Object result, Map<String, Object> time, double seconds, Instant started) {
        return new Outcome(result, null, time, seconds, started, false);
    }

    /** A call that failed or was refused; {@code seconds} is the time it still took (0 when refused). */
    public static Outcome failure(RestError error, double seconds, Instant started) {
        return new Outcome(null, error, null, seconds, started, false);
    }

    static Outcome cutOff(double seconds, Instant started) {
        return new Outcome(null, null, null, seconds, started, true);
    }

    public boolean failed() {
        return error != null;
    }
}
