package dev.b24kit.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.ClientListener;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalValues;
import dev.b24kit.client.batch.Command;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.client.listing.ListMethod;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.client.listing.Page;
import dev.b24kit.client.listing.PageIterator;

/**
 * Plans a listing: keyset chains (one, or parallel ID-range shards) when the method supports them and
 * the order is by ID, offset pages otherwise. A sharded listing first asks, in one batch, for the
 * smallest and largest ID the filter matches, then splits that span into equal ranges; the last range
 * is left open above so rows created meanwhile are still found.
 */
public final class Listing {

    /** IDs per shard when the number of shards is automatic. */
    static final long IDS_PER_AUTO_SHARD = 5_000;
    /** Shards when the number is automatic, at most. */
    static final int MAX_AUTO_SHARDS = 8;

    private final Pipeline pipeline;
    private final BatchRunner batches;
    private final ClientListener listener;

    public Listing(Pipeline pipeline, BatchRunner batches, ClientListener listener) {
        this.pipeline = pipeline;
        this.batches = batches;
        this.listener = listener;
    }

    /** How many rows {@code query} matches: one counted page ({@code start=0}) of IDs, its {@code total}. */
    public long count(String method, ListQuery query) {
        ListMethod table = ListMethod.of(method);
        Params params = baseParams(table, query).without("select").with("select", List.of(table.idField()))
                .with("start", 0);
        return pipeline.send(table.method(), params, dev.b24kit.client.Idempotency.SAFE, Map.of(table.method(), 1))
                .total().orElse(0);
    }

    /** The pages of {@code method} for {@code query}, fetched as they are consumed. */
    public PageIterator pages(String method, ListQuery query) {
        ListMethod table = ListMethod.of(method);
        Params base = baseParams(table, query);
        String direction = keysetDirection(table, query);
        if (direction == null) {
            Params ordered = base;
            for (Map.Entry<String, String> o : query.order().entrySet()) {
                ordered = ordered.with("order[" + o.getKey() + "]", o.getValue());
            }
            OffsetPages offset = new OffsetPages(pipeline, batches, table, ordered);
            return PageBuffer.serial(offset::next, listener);
        }
        if (direction.equals("DESC")) {
            KeysetChain chain = new KeysetChain(batches, table, base, 0, true, Long.MAX_VALUE, null, null);
            return PageBuffer.serial(chain::next, listener);
        }
        long[] span = span(table, base);
        if (span == null) {
            return PageBuffer.serial(List::of, listener);
        }
        long min = span[0];
        long max = span[1];
        int shards = query.shards() > 0 ? query.shards()
                : (int) Math.max(1, Math.min(MAX_AUTO_SHARDS, (max - min + IDS_PER_AUTO_SHARD) / IDS_PER_AUTO_SHARD));
        shards = (int) Math.max(1, Math.min(shards, max - min + 1));
        List<Supplier<List<Page>>> chains = new ArrayList<>();
        long width = (max - min + 1) / shards;
        for (int i = 0; i < shards; i++) {
            long lo = min + i * width;
            boolean last = i == shards - 1;
            Long hi = last ? null : lo + width - 1;
            KeysetChain chain = new KeysetChain(batches, table, base, i, false, lo - 1, hi, last ? max : hi);
            chains.add(chain::next);
        }
        return chains.size() == 1 ? PageBuffer.serial(chains.get(0), listener) : new ParallelPages(chains, listener);
    }

    private static Params baseParams(ListMethod table, ListQuery query) {
        Params base = query.extra();
        for (Map.Entry<String, Object> f : query.filter().entrySet()) {
            base = base.with("filter[" + f.getKey() + "]", f.getValue());
        }
        List<String> select = new ArrayList<>(query.select());
        if (!select.isEmpty() && select.stream().noneMatch(s -> s.equalsIgnoreCase(table.idField()))
                && table.strategy() == ListMethod.Strategy.KEYSET) {
            select.add(0, table.idField()); // the chain reads the last row's ID
        }
        return select.isEmpty() ? base : base.with("select", select);
    }

    /** ASC or DESC when a keyset listing fits, null when the listing must page by offset. */
    private static String keysetDirection(ListMethod table, ListQuery query) {
        if (table.strategy() != ListMethod.Strategy.KEYSET) {
            return null;
        }
        if (query.order().isEmpty()) {
            return "ASC";
        }
        if (query.order().size() == 1) {
            Map.Entry<String, String> only = query.order().entrySet().iterator().next();
            if (only.getKey().equalsIgnoreCase(table.idField())) {
                return only.getValue().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** The smallest and largest ID the filter matches, from one batch of two uncounted pages; null when none. */
    private long[] span(ListMethod table, Params base) {
        String id = table.idField();
        Params probe = base.without("select").with("select", List.of(id)).with("start", -1);
        List<Command> commands = List.of(
                new Command("lo", table.method(), probe.with("order[" + id + "]", "ASC")),
                new Command("hi", table.method(), probe.with("order[" + id + "]", "DESC")));
        Map<String, CommandOutcome> outcomes = batches.runRequest(commands, false, false);
        OptionalLong lo = firstId(table, outcomes.get("lo"));
        OptionalLong hi = firstId(table, outcomes.get("hi"));
        return lo.isEmpty() || hi.isEmpty() ? null : new long[] {lo.getAsLong(), Math.max(lo.getAsLong(), hi.getAsLong())};
    }

    private static OptionalLong firstId(ListMethod table, CommandOutcome outcome) {
        return switch (outcome) {
            case CommandOutcome.Succeeded s -> {
                List<JsonNode> rows = table.rows(s.result().result());
                yield rows.isEmpty() ? OptionalLong.empty() : PortalValues.asLong(rows.get(0).get(table.idField()));
            }
            case CommandOutcome.Failed f -> throw f.toException();
            case CommandOutcome.NotRun n -> throw n.toException();
        };
    }
}
