package dev.b24kit.testportal.internal.events;

import java.time.Instant;
import java.util.Map;

/**
 * An event raised by a change, before it is matched to handlers.
 *
 * @param data          the {@code data} member of the delivery ({@code {"FIELDS":{"ID":"759"}}})
 * @param userId        the user who made the change (0 = the portal itself: no tokens in deliveries)
 * @param applicationId the application that made the change, if any (offline loop avoidance)
 * @param authConnector the {@code auth_connector} the change was made through, if any (§10.4)
 */
public record RaisedEvent(String name, Map<String, Object> data, Instant at, long userId, String applicationId,
                          String authConnector) {
}
