package dev.b24kit.testportal.internal.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Collectors;

import dev.b24kit.testportal.internal.php.PhpJson;

/**
 * The answer of {@code GET /_testportal/}: every admin endpoint with one line on what it does, so the
 * URL the start banner prints leads somewhere. The full reference is {@code docs/testportal.md}.
 */
final class AdminIndex {

    /** Endpoint (the path after {@code /_testportal/}) → what it does, in the order of the docs. */
    static final SequencedMap<String, String> ENDPOINTS = endpoints();

    private AdminIndex() {
    }

    private static SequencedMap<String, String> endpoints() {
        SequencedMap<String, String> e = new LinkedHashMap<>();
        e.put("state", "GET: plan, bucket level, latency, call count, clock, pending events, faults, record counts");
        e.put("reset", "POST: forget data, subscriptions, events, faults, calls, counters, switches; reseed "
                + "(seed, deals, contacts, companies, leads)");
        e.put("calls", "GET ?after=N&limit=M: the call log, batch commands included");
        e.put("limits", "GET, POST: request-intensity plan (plan, burst, drainPerSecond), countRejected, resetBucket");
        e.put("operating", "GET, POST: operating-time budget and usage (limitSeconds, enabled, reset)");
        e.put("cost", "GET, POST: cost model coefficients in seconds (model=default|free, or each by name)");
        e.put("latency", "GET, POST: mode=realtime (wait the modelled time) or none (only report it)");
        e.put("silent-drops", "GET, POST: each silent drop silent or strict, or all=silent|strict");
        e.put("webhooks", "GET: incoming webhooks; POST: add one (userId, scopes, secret)");
        e.put("apps", "GET: OAuth apps; POST: register one (clientId, clientSecret, code, status, scopes, redirectUri)");
        e.put("apps/install", "POST: install an app for a user (clientId, userId, scopes); answers its tokens");
        e.put("apps/code", "POST: an authorization code (clientId, userId, scopes, state)");
        e.put("apps/expire-tokens", "POST: expire the live access tokens (clientId, or all apps)");
        e.put("auth", "GET, POST: credentialErrorStatus=401|403");
        e.put("events/webhooks", "GET: outgoing webhooks; POST: add (handler, events) or remove (remove=id)");
        e.put("events/delivery", "GET, POST: delivery behaviour (preset=cloud|prompt, delays, reorder, rates, retries)");
        e.put("events/log", "GET ?handler=URL&after=N&limit=M: the delivery log");
        e.put("events/deliver", "POST: deliver the events that are due now (virtual time)");
        e.put("faults", "GET: scheduled faults; POST: schedule (rule=), remove (remove=id) or clear (clear=true)");
        e.put("clock", "GET: the portal's time; POST on a virtual clock: advance=PT5M or set=ISO-instant");
        return e;
    }

    /** A JSON object with one endpoint per line, under {@code base} (the admin API's URL). */
    static String render(String base) {
        return ENDPOINTS.entrySet().stream()
                .map(e -> "  " + PhpJson.encodeReadable(base + e.getKey()) + ": " + PhpJson.encodeReadable(e.getValue()))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
    }
}
