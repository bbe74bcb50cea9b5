package dev.b24kit.store.journal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an intended write got to. A write is recorded {@link #PENDING} before the call; the call's
 * answer moves it to {@link #SENT} (the portal acknowledged it) or {@link #UNKNOWN} (no answer, or one
 * that leaves the outcome open) or {@link #REFUSED}; reading back resolves it to {@link #CONFIRMED} or
 * {@link #DRIFTED}; recovery may find that an earlier attempt of a create took effect and
 * {@link #ADOPTED} its record. The resolved states are final.
 *
 * <pre>
 * PENDING ─► SENT ─────► CONFIRMED | DRIFTED | UNKNOWN
 *    │  └──► REFUSED
 *    └─────► UNKNOWN ──► SENT | CONFIRMED | DRIFTED | REFUSED | ADOPTED
 * </pre>
 */
public enum JournalState {

    /** Recorded; the call may or may not have been made (a crash here leaves it so). */
    PENDING,
    /** The portal acknowledged the call; not yet read back. */
    SENT,
    /** The call's outcome is open (timeout, dropped connection, crash); recovery must find out. */
    UNKNOWN,
    /** Read back: the portal holds what was asked. Final. */
    CONFIRMED,
    /** Read back: the portal holds something else. Final. */
    DRIFTED,
    /** The portal refused the call, or b24kit refused it before sending. Final. */
    REFUSED,
    /** Recovery found the record an earlier attempt created and took it as this write's. Final. */
    ADOPTED;

    /** The states a recovery after a crash has to look at: the write's outcome is not settled. */
    public static final Set<JournalState> UNRESOLVED = Set.copyOf(EnumSet.of(PENDING, SENT, UNKNOWN));

    /** Whether the journal lets an entry move from this state to {@code next}. */
    public boolean canBecome(JournalState next) {
        return switch (this) {
            case PENDING -> next == SENT || next == UNKNOWN || next == REFUSED;
            case SENT -> next == CONFIRMED || next == DRIFTED || next == UNKNOWN;
            case UNKNOWN -> next == SENT || next == CONFIRMED || next == DRIFTED || next == REFUSED || next == ADOPTED;
            case CONFIRMED, DRIFTED, REFUSED, ADOPTED -> false;
        };
    }

    /** Whether the outcome is settled (no state follows). */
    public boolean isResolved() {
        return !UNRESOLVED.contains(this);
    }
}
