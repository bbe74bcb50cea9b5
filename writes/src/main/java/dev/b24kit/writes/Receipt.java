package dev.b24kit.writes;

import java.util.List;

import dev.b24kit.writes.internal.ReceiptJson;
import tools.jackson.databind.node.ObjectNode;

/**
 * What became of one write: a value, consumed with a pattern-matching {@code switch}.
 *
 * <pre>{@code
 * switch (writes.update("deal", 42, Map.of("Stage", "Won"))) {
 *     case Receipt.Confirmed c -> ...      // the portal holds every field asked for
 *     case Receipt.Drifted d -> ...        // written, but d.diffs() do not hold what was asked
 *     case Receipt.Refused r -> ...        // nothing was sent
 *     case Receipt.Unknown u -> ...        // may or may not have been applied; u.attempts() says what was tried
 *     case Receipt.Proposed p -> ...       // observe mode: stored as a proposal, nothing was sent
 * }
 * }</pre>
 *
 * <p>Immutable. {@code recordId} is {@code null} when no record is known (a refused or unknown create);
 * {@code journalId} is {@code null} when nothing was journaled (a refusal before the journal).
 */
public sealed interface Receipt {

    /** The entity written, as the catalog names it ({@code deal}, {@code item:1030}). */
    String entity();

    /** The record written; {@code null} when none is known. */
    Long recordId();

    /** The write journal's entry; {@code null} when the write was not journaled. */
    String journalId();

    /** {@code confirmed}, {@code adopted}, {@code drifted}, {@code refused}, {@code unknown} or {@code proposed}. */
    default String kind() {
        return ReceiptJson.kind(this);
    }

    /** This receipt as JSON: {@code {"kind": …}} and the record's components. */
    default ObjectNode toJson() {
        return ReceiptJson.tree(this);
    }

    /**
     * Read back: the portal holds every field asked for.
     *
     * @param fields  the UPPER codes of the fields checked
     * @param adopted true when a create found the record an earlier attempt with the same key created
     *                (its outcome had been unknown) and took it instead of creating another
     */
    record Confirmed(String entity, Long recordId, String journalId, List<String> fields, boolean adopted)
            implements Receipt {
        public Confirmed {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Written (the portal answered success, or an adopted record exists), but read back these fields do
     * not hold what was asked: the portal dropped the value, or someone changed it between the write and
     * the read.
     */
    record Drifted(String entity, Long recordId, String journalId, List<FieldDiff> diffs, boolean adopted)
            implements Receipt {
        public Drifted {
            diffs = List.copyOf(diffs);
        }
    }

    /**
     * Nothing was written. {@code field}, {@code value} and {@code accepted} name what was refused when a
     * field or value was ({@code null} and empty otherwise).
     */
    record Refused(String entity, Long recordId, String journalId, String reason, String field, String value,
                   List<String> accepted) implements Receipt {
        public Refused {
            accepted = List.copyOf(accepted);
        }
    }

    /**
     * The portal may or may not have applied the write. {@code attempts} says what was done to find out
     * (calls, the key lookup, the read-back); the journal keeps the entry unresolved, and the next attempt
     * with the same key settles it.
     */
    record Unknown(String entity, Long recordId, String journalId, String method, List<String> attempts)
            implements Receipt {
        public Unknown {
            attempts = List.copyOf(attempts);
        }
    }

    /** Observe mode: nothing was sent; the change is stored as proposal {@code proposalId} for a person to decide. */
    record Proposed(String entity, Long recordId, String journalId, String proposalId, List<FieldDiff> diff)
            implements Receipt {
        public Proposed {
            diff = List.copyOf(diff);
        }
    }
}
