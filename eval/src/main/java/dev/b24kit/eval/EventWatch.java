package dev.b24kit.eval;

import java.time.Duration;
import java.util.Objects;

/**
 * How the events probe (8) learns that a change made by the eval reached the change feed. Immutable.
 */
public sealed interface EventWatch {

    /** How long a change may take to reach the feed. */
    Duration within();

    /**
     * On a test portal: the eval runs an intake on loopback, points an outgoing webhook at it through the
     * admin API, and reconciles once when no webhook came within half the bound. Elsewhere: as
     * {@link Feed} when the store holds change tracking of the portal, else the probe is skipped.
     */
    record Automatic(Duration within) implements EventWatch {
        public Automatic {
            Objects.requireNonNull(within, "within");
        }
    }

    /** Watch the store's feed only: an intake and reconciler elsewhere ({@code b24kit sync} on the same store) must fill it. */
    record Feed(Duration within) implements EventWatch {
        public Feed {
            Objects.requireNonNull(within, "within");
        }
    }

    /** The default: automatic, 30 seconds (a cloud portal delivers within 0.5–20 s, docs/bitrix24-behavior.md §10.3). */
    static EventWatch automatic() {
        return new Automatic(Duration.ofSeconds(30));
    }
}
