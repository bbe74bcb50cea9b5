package dev.b24kit.testportal.internal.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.b24kit.testportal.VirtualClock;
import dev.b24kit.testportal.internal.Portal;

/**
 * {@code /_testportal/clock}: GET answers the portal time and whether it is virtual; with a virtual
 * clock, POST {@code advance=PT5M} (ISO-8601 duration) or {@code set=2026-01-15T10:00:00Z} moves it,
 * then delivers the events that fell due ({@code deliver=false} to skip that).
 */
final class ClockAdmin {

    private final Portal portal;

    ClockAdmin(Portal portal) {
        this.portal = portal;
    }

    Object handle(String httpMethod, Map<String, Object> params) {
        AdminParams p = new AdminParams("clock", httpMethod, params, Set.of("advance", "set", "deliver"));
        int delivered = 0;
        if (p.has("advance") || p.has("set")) {
            if (!(portal.clock() instanceof VirtualClock clock)) {
                throw new IllegalArgumentException("clock: this portal runs on the system clock; start it with a"
                        + " virtual clock (PortalConfig.withClock(new VirtualClock(...)) or --virtual-time) to move time");
            }
            if (p.has("advance")) {
                String text = p.text("advance");
                try {
                    clock.advance(Duration.parse(text));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw p.refused("advance", text, "a positive ISO-8601 duration such as PT5M or PT0.5S");
                }
            }
            if (p.has("set")) {
                String text = p.text("set");
                try {
                    clock.set(Instant.parse(text));
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw p.refused("set", text, "an ISO-8601 instant not before the current portal time");
                }
            }
            if (!p.has("deliver") || p.bool("deliver")) {
                delivered = portal.events().deliveries().deliverDue();
            }
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", portal.clock().instant().toString());
        state.put("virtual", portal.clock() instanceof VirtualClock);
        state.put("delivered", delivered);
        return state;
    }
}
