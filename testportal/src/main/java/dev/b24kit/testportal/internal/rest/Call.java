package dev.b24kit.testportal.internal.rest;

import java.time.Instant;
import java.util.Map;

import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.limits.CostMeter;
import dev.b24kit.testportal.internal.php.PhpArrays;

/**
 * One invocation of a method: its parameters (a PHP array, {@code auth} and {@code start} already
 * separated out as the server does, §1.2), the caller, the portal, and the cost meter the handler
 * reports its work to. Not thread-safe; lives for one handler call.
 *
 * @param method lower-case method name
 * @param params parameters; handlers must not modify them
 * @param start  the {@code start} parameter as given (null when absent)
 * @param now      the portal clock's reading when the call began
 * @param sequence the call log's sequence of this invocation (a batch passes it to its sub-commands
 *                 as {@code batchOf}); 0 when the call is not logged
 * @param timeline the modelled time of the request this call belongs to (a batch runs its commands on it)
 */
public record Call(String method, Map<String, Object> params, String start, Caller caller, Portal portal,
                   CostMeter cost, Instant now, long sequence, Timeline timeline) {

    /** A call outside the call log (sequence 0), on a timeline of its own. */
    public Call(String method, Map<String, Object> params, String start, Caller caller, Portal portal,
                CostMeter cost, Instant now) {
        this(method, params, start, caller, portal, cost, now, 0, new Timeline(portal, now));
    }

    /** A parameter by exact name. */
    public Object param(String name) {
        return params.get(name);
    }

    /** A parameter resolved ignoring case (legacy CRM, §6.4), trying each alias in turn. */
    public Object paramIgnoreCase(String... names) {
        return PhpArrays.getIgnoreCase(params, names);
    }

    /**
     * The {@code start} parameter per §6.1: null or absent is 0; negative disables counting; a
     * non-numeric value is 0 (PHP's {@code intval}).
     */
    public long startValue() {
        if (start == null || start.isBlank()) {
            return 0;
        }
        String text = start.trim();
        int end = 0;
        if (end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '+')) {
            end++;
        }
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        try {
            return Long.parseLong(text.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
