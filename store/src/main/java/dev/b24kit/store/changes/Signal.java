package dev.b24kit.store.changes;

import dev.b24kit.store.internal.Arguments;

/**
 * "Something changed" about one record: what goes into the {@link Inbox}. Immutable.
 *
 * @param portal   the portal's origin
 * @param entity   the entity type's key ({@code deal}, {@code contact}, …)
 * @param recordId the record's ID, positive
 * @param event    the event name ({@code ONCRMDEALUPDATE}) or another word for why
 * @param source   where the signal came from
 */
public record Signal(String portal, String entity, long recordId, String event, ChangeSource source) {

    /** @throws IllegalArgumentException a portal that is not an origin, a blank entity or event, an ID below 1 */
    public Signal {
        portal = Arguments.origin(portal);
        Arguments.text("entity", entity);
        Arguments.text("event", event);
        Arguments.present("source", source);
        if (recordId < 1) {
            throw new IllegalArgumentException("recordId must be positive, not " + recordId);
        }
    }
}
