package dev.b24kit.testportal.internal.crm;

import java.time.Instant;

/**
 * A change to a CRM record, reported to {@link CrmStore} listeners (outbound events, §10).
 *
 * @param entityTypeId 1..4 or a smart process's
 * @param userId       who made the change (0 when the portal itself did)
 */
public record CrmChange(int entityTypeId, long id, Kind kind, long userId, Instant at) {

    public enum Kind { ADD, UPDATE, DELETE }
}
