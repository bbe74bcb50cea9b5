package dev.b24kit.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.Idempotency;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Command;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.client.listing.ListMethod;
import dev.b24kit.client.listing.Page;

/**
 * Offset paging: the first page ({@code start=0}) tells the total; the other pages go out as batches
 * of up to 50 {@code start=50,100,…} commands. Every page makes the portal count the whole filter,
 * so this is for small lists or an order other than by ID. A batch carries as many pages as fit in
 * {@value #BATCH_SECONDS} s by the first page's duration, so that a batch of counted pages on a large
 * table stays well inside the cloud's 60 s cut-off. Not thread-safe.
 */
final class OffsetPages {

    /** Seconds of portal time a batch of counted pages aims at (the cloud cuts a request at 60 s). */
    static final double BATCH_SECONDS = 20;

    private final Pipeline pipeline;
    private final BatchRunner batches;
    private final ListMethod method;
    private final Params base;
    private long nextStart;
    private long total = -1;
    private int perBatch = 50;
    private boolean finished;

    OffsetPages(Pipeline pipeline, BatchRunner batches, ListMethod method, Params base) {
        this.pipeline = pipeline;
        this.batches = batches;
        this.method = method;
        this.base = base;
    }

    List<Page> next() {
        if (finished) {
            return List.of();
        }
        if (total < 0) {
            CallResult first = pipeline.send(method.method(), base.with("start", 0), Idempotency.SAFE,
                    Map.of(method.method(), 1));
            List<Page> page = List.of(new Page(method.method(), 0, method.rows(first.result())));
            total = first.total().orElse(0);
            double seconds = first.timing().duration();
            perBatch = seconds <= 0 ? 50 : (int) Math.max(1, Math.min(50, BATCH_SECONDS / seconds));
            nextStart = first.next().orElse(-1);
            finished = nextStart < 0 || nextStart >= total;
            return page;
        }
        List<Command> commands = new ArrayList<>();
        for (long start = nextStart; start < total && commands.size() < perBatch; start += 50) {
            commands.add(new Command("s" + start, method.method(), base.with("start", start)));
        }
        Map<String, CommandOutcome> outcomes = batches.runRequest(commands, false, false);
        List<Page> pages = new ArrayList<>();
        for (Command command : commands) {
            switch (outcomes.get(command.key())) {
                case CommandOutcome.Succeeded s -> pages.add(new Page(method.method(), 0, method.rows(s.result().result())));
                case CommandOutcome.Failed f -> throw f.toException();
                case CommandOutcome.NotRun n -> throw n.toException();
            }
        }
        nextStart += 50L * commands.size();
        finished = nextStart >= total || commands.isEmpty();
        return pages;
    }
}
