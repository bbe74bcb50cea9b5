package dev.b24kit.testportal.internal.events;

/**
 * A handler bound to an event: an application's online handler ({@code event.bind}), an
 * application's offline binding ({@code event_type=offline}), or an outgoing webhook configured in the
 * portal's UI (here: the admin API or {@code --outgoing-webhook}). Immutable.
 *
 * @param id               {@code event_handler_id} in deliveries
 * @param event            upper-case event name
 * @param handler          handler URL; null for offline bindings
 * @param applicationId    owning application's client id; null for outgoing webhooks
 * @param authType         user the handler is authorised as (0 = the user who caused the event)
 * @param applicationToken the {@code auth[application_token]} sent with each delivery
 * @param authConnector    offline bindings: changes made through this connector are not recorded
 * @param minTimeout       {@code ONOFFLINEEVENT} option: seconds between notifications
 */
public record Subscription(long id, String event, String handler, Kind kind, String applicationId, long authType,
                           String applicationToken, String authConnector, int minTimeout) {

    public enum Kind { ONLINE, OFFLINE, OUTGOING_WEBHOOK }

    public boolean online() {
        return kind != Kind.OFFLINE;
    }
}
