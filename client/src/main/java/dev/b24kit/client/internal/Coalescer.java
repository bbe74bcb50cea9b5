package dev.b24kit.client.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.b24kit.client.AuthenticationFailed;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.OutcomeUnknown;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.RequestRejected;
import dev.b24kit.client.batch.Command;
import dev.b24kit.client.batch.CommandOutcome;

/**
 * Packs single calls from many threads into {@code batch} requests. One dispatcher thread takes the
 * first waiting call, collects more for up to the window (or until 50), then takes the bucket's token
 * for the request, drains what arrived while it waited for the token (up to 50), and hands the group to
 * a virtual thread that sends it. Waiting for the token before draining is what fills batches when the
 * bucket is the limit: after the burst a token comes every half second, and whatever queued meanwhile
 * goes in one request; each caller gets its own command's result or error, as if it had
 * called alone. A group's limit refusals are sent again by {@link BatchRunner}; a failure of the whole
 * request goes to every caller in it ({@link OutcomeUnknown} re-issued per caller with its own
 * parameters). Thread-safe.
 */
public final class Coalescer implements AutoCloseable {

    private record Pending(String method, Params params, CompletableFuture<CallResult> answer) {
    }

    private final BatchRunner batches;
    private final dev.b24kit.client.limits.RateLimiter limiter;
    private final Duration window;
    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Thread dispatcher;
    private volatile boolean closed;

    public Coalescer(BatchRunner batches, dev.b24kit.client.limits.RateLimiter limiter, Duration window) {
        this.batches = batches;
        this.limiter = limiter;
        this.window = window;
        this.dispatcher = Thread.ofVirtual().name("b24kit-coalescer").start(this::dispatch);
    }

    /** Sends {@code method} in the next batch and waits for its own answer. */
    public CallResult call(String method, Params params) {
        if (closed) {
            throw new IllegalStateException("the client is closed");
        }
        Pending pending = new Pending(method, params, new CompletableFuture<>());
        waiting.add(pending);
        if (closed && waiting.remove(pending)) { // closed meanwhile: nobody would send it
            throw new IllegalStateException("the client is closed");
        }
        try {
            return pending.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException(method + ": interrupted while waiting for the answer");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void dispatch() {
        while (!closed) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(waiting.take());
                long deadline = System.nanoTime() + window.toNanos();
                while (group.size() < 50) {
                    Pending more = waiting.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    if (more == null) {
                        break;
                    }
                    group.add(more);
                }
                if (!takeToken(group)) {
                    continue;
                }
                while (group.size() < 50) {
                    Pending more = waiting.poll();
                    if (more == null) {
                        break;
                    }
                    group.add(more);
                }
                Thread.ofVirtual().name("b24kit-coalesced-batch").start(() -> send(group));
            } catch (InterruptedException e) {
                // closed while collecting: the calls gathered so far were not sent
                group.forEach(p -> p.answer().completeExceptionally(
                        new IllegalStateException("the client was closed before the call was sent")));
                return;
            }
        }
    }

    /** Takes the request's token; a bucket that cannot be used fails the group (nothing was sent). */
    private boolean takeToken(List<Pending> group) throws InterruptedException {
        try {
            limiter.acquire();
            return true;
        } catch (RuntimeException e) {
            for (Pending p : group) {
                p.answer().completeExceptionally(new PortalUnavailable(p.method(), "",
                        "the request budget could not be taken (" + e.getMessage() + "); the call was not sent", 0, 1, e));
            }
            return false;
        }
    }

    private void send(List<Pending> group) {
        List<Command> commands = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            commands.add(new Command("c" + i, group.get(i).method(), group.get(i).params()));
        }
        Map<String, CommandOutcome> outcomes;
        try {
            outcomes = batches.runRequest(commands, false, true);
        } catch (RuntimeException e) {
            group.forEach(p -> p.answer().completeExceptionally(forCaller(e, p)));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            Pending p = group.get(i);
            switch (outcomes.get("c" + i)) {
                case CommandOutcome.Succeeded s -> p.answer().complete(s.result());
                case CommandOutcome.Failed f -> p.answer().completeExceptionally(asException(f));
                case CommandOutcome.NotRun n -> p.answer().completeExceptionally(
                        new RequestRejected(n.method(), "", "not run: " + n.reason(), 0));
            }
        }
    }

    /** A failure of the whole request, as each caller's own call would have failed (its method, its parameters). */
    private static RuntimeException forCaller(RuntimeException failure, Pending p) {
        String via = "sent in a batch: ";
        return switch (failure) {
            case OutcomeUnknown e -> new OutcomeUnknown(p.method(), p.params(), e.attempt(), e.error(),
                    via + e.description(), e.httpStatus(), null);
            case PortalUnavailable e -> new PortalUnavailable(p.method(), e.error(), via + e.description(), e.httpStatus(),
                    e.attempts(), null);
            case AuthenticationFailed e -> new AuthenticationFailed(p.method(), e.error(), e.description(), e.httpStatus());
            case RequestRejected e -> new RequestRejected(p.method(), e.error(), via + e.description(), e.httpStatus());
            default -> failure;
        };
    }

    private static Bitrix24Exception asException(CommandOutcome.Failed failed) {
        return Verdict.ofRefusal(400, failed.error()) == Verdict.AUTH
                ? new AuthenticationFailed(failed.method(), failed.error(), failed.description(), 401)
                : new RequestRejected(failed.method(), failed.error(), failed.description(), 400);
    }

    @Override
    public void close() {
        closed = true;
        dispatcher.interrupt();
        Pending left;
        while ((left = waiting.poll()) != null) {
            left.answer().completeExceptionally(new IllegalStateException("the client was closed before the call was sent"));
        }
    }
}
