package dev.b24kit.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Params;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.PortalValues;
import dev.b24kit.client.batch.Command;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.client.batch.Reference;
import dev.b24kit.client.listing.ListMethod;
import dev.b24kit.client.listing.Page;

/**
 * One keyset chain over an ID range: each {@code batch} carries up to 50 page commands, the first
 * filtered by {@code >ID} the last ID seen, each next one by a {@code $result[previous][49][ID]}
 * reference ({@code [items][49][id]} for {@code crm.item.list}), all with {@code start=-1} and the ID
 * order, so the portal never counts. A page shorter than 50 ends the range; commands after it in the
 * same batch saw a broken reference and are ignored. When the range has an upper bound, a batch
 * carries no more commands than the IDs left could fill. Not thread-safe: one chain, one thread.
 */
final class KeysetChain {

    private final BatchRunner batches;
    private final ListMethod method;
    private final Params base;
    private final int shard;
    private final boolean descending;
    private final Long upper;      // inclusive, enforced by the filter; null when unbounded
    private final Long estimateTo; // where the IDs probably end (sizes batches), null when unknown
    private long cursor;           // exclusive
    private boolean finished;

    /**
     * @param base       the method's parameters without {@code start}, {@code order} and the cursor key
     * @param from       the cursor to start after (exclusive); for descending, to start below
     * @param upper      the inclusive upper ID this chain filters to, or null
     * @param estimateTo the ID where rows probably end, for sizing batches, or null
     */
    KeysetChain(BatchRunner batches, ListMethod method, Params base, int shard, boolean descending, long from,
                Long upper, Long estimateTo) {
        this.batches = batches;
        this.method = method;
        this.shard = shard;
        this.descending = descending;
        this.cursor = from;
        this.upper = upper;
        this.estimateTo = estimateTo;
        Params params = base.with("order[" + method.idField() + "]", descending ? "DESC" : "ASC").with("start", -1);
        if (upper != null) {
            params = params.with("filter[<=" + method.idField() + "]", upper);
        }
        this.base = params;
    }

    boolean finished() {
        return finished;
    }

    /** The next batch of pages; empty once the chain is finished. */
    List<Page> next() {
        if (finished) {
            return List.of();
        }
        int commands = commandCount();
        List<Command> chain = new ArrayList<>(commands);
        String cursorKey = "filter[" + (descending ? "<" : ">") + method.idField() + "]";
        for (int i = 0; i < commands; i++) {
            Object after = i == 0 ? (Object) cursor : previousLastId("p" + (i - 1));
            chain.add(new Command("p" + i, method.method(), base.with(cursorKey, after)));
        }
        Map<String, CommandOutcome> outcomes = batches.runRequest(chain, true, false);
        List<Page> pages = new ArrayList<>();
        for (Command command : chain) {
            CommandOutcome outcome = outcomes.get(command.key());
            if (!(outcome instanceof CommandOutcome.Succeeded succeeded)) {
                throw failure(outcome);
            }
            List<JsonNode> rows = method.rows(succeeded.result().result());
            if (!rows.isEmpty()) {
                pages.add(new Page(method.method(), shard, rows));
                OptionalLong last = PortalValues.asLong(rows.get(rows.size() - 1).get(method.idField()));
                if (last.isEmpty()) {
                    // the listing always selects the ID, so a row without one is a garbled answer
                    throw new PortalUnavailable(method.method(), "", "the portal returned rows without "
                            + method.idField(), 200, 1, null);
                }
                cursor = last.getAsLong();
            }
            if (rows.size() < 50 || (upper != null && cursor >= upper)) {
                finished = true; // the range is exhausted; later commands followed a broken reference
                break;
            }
        }
        return pages;
    }

    private int commandCount() {
        if (estimateTo == null || descending) {
            return 50;
        }
        long idsLeft = estimateTo - cursor;
        if (idsLeft <= 0) {
            return 1; // one page confirms the end (or finds rows created meanwhile)
        }
        // distinct integer IDs: idsLeft rows at most; an unbounded chain takes one more page to see the end
        return (int) Math.min(50, (idsLeft + 49) / 50 + (upper == null ? 1 : 0));
    }

    private Reference previousLastId(String key) {
        return method.rowsAt().isEmpty() ? Reference.result(key, "49", method.idField())
                : Reference.result(key, method.rowsAt(), "49", method.idField());
    }

    private static RuntimeException failure(CommandOutcome outcome) {
        return switch (outcome) {
            case CommandOutcome.Failed f -> f.toException();
            case CommandOutcome.NotRun n -> n.toException();
            case CommandOutcome.Succeeded s -> new IllegalStateException("unreachable");
            case null -> new IllegalStateException("a page command has no outcome");
        };
    }
}
