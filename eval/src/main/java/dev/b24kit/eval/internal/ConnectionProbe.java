package dev.b24kit.eval.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.AuthenticationFailed;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.Params;

/**
 * Probe 1: the credentials work ({@code profile}), the scopes the integration needs are granted
 * ({@code scope}), the clock offset between here and the portal ({@code server.time}), and the plan as far as
 * it can be seen without provoking a block ({@code app.info}'s licence; the admin API on a test portal)
 * (docs/bitrix24-behavior.md §11, §4.1).
 */
final class ConnectionProbe implements Probe {

    /** The scopes b24kit's probes and modules call methods of. */
    static final Set<String> NEEDED = Set.of("crm");
    /** Beyond this offset the reconciler's two-minute overlap no longer covers the clocks' difference. */
    static final Duration MAX_OFFSET = Duration.ofMinutes(2);

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String id() {
        return "connection";
    }

    @Override
    public String title() {
        return "Connection";
    }

    @Override
    public String writes() {
        return null;
    }

    @Override
    public Outcome run(ProbeContext context) {
        List<String> evidence = new ArrayList<>();
        JsonNode profile;
        try {
            profile = context.client().call("profile", Params.empty()).result();
        } catch (AuthenticationFailed e) {
            return Outcome.fail("the portal refused the credentials", List.of("profile: " + e.getMessage()));
        }
        evidence.add("credentials work: profile answered user " + profile.path("ID").asString("?")
                + (profile.path("ADMIN").asBoolean(false) ? " (an administrator)" : " (not an administrator)"));
        Set<String> granted = new TreeSet<>();
        context.client().call("scope", Params.empty()).result().forEach(s -> granted.add(s.asString().toLowerCase(Locale.ROOT)));
        Set<String> missing = new TreeSet<>(NEEDED);
        missing.removeAll(granted);
        evidence.add("scopes granted: " + String.join(", ", granted) + (missing.isEmpty() ? "" : "; MISSING: " + String.join(", ", missing)));
        Duration offset = clockOffset(context, evidence);
        evidence.add(plan(context));
        boolean clockOk = offset != null && offset.abs().compareTo(MAX_OFFSET) <= 0;
        String offsetText = offset == null ? "unknown" : seconds(offset);
        return Outcome.of(missing.isEmpty() && clockOk,
                "credentials work, scopes " + String.join(", ", NEEDED) + " granted, clock offset " + offsetText,
                !missing.isEmpty() ? "scopes missing: " + String.join(", ", missing)
                        : "the portal's clock is off by " + offsetText + " (more than " + MAX_OFFSET.toMinutes() + " minutes)",
                evidence);
    }

    private static Duration clockOffset(ProbeContext context, List<String> evidence) {
        Instant before = context.config().clock().instant();
        CallResult time = context.client().call("server.time", Params.empty());
        Instant after = context.config().clock().instant();
        try {
            Instant portal = OffsetDateTime.parse(time.result().asString()).toInstant();
            Duration roundTrip = Duration.between(before, after);
            Duration offset = Duration.between(before.plus(roundTrip.dividedBy(2)), portal);
            evidence.add("clock offset (portal − here): " + seconds(offset) + " (server.time has whole seconds; round trip "
                    + roundTrip.toMillis() + " ms)");
            return offset;
        } catch (DateTimeParseException e) {
            evidence.add("server.time answered '" + time.result().asString() + "', not an ISO-8601 time");
            return null;
        }
    }

    private static String plan(ProbeContext context) {
        String mirrored = "the client mirrors " + context.config().plan().burst() + " requests, "
                + trim(context.config().plan().drainPerSecond()) + " per second";
        String licence;
        try {
            JsonNode info = context.client().call("app.info", Params.empty()).result();
            licence = info.path("LICENSE").asString("");
        } catch (Bitrix24Exception e) {
            licence = "";
        }
        String seen = context.admin().map(a -> "the test portal's admin API says plan " + a.state().path("plan").asString("?"))
                .orElse("the limit itself is not readable without provoking a block");
        return "plan: " + (licence.isEmpty() ? "" : "app.info licence " + licence + "; ") + seen + "; " + mirrored;
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%+.1f s", duration.toMillis() / 1000.0);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
