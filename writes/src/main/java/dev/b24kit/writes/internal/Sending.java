package dev.b24kit.writes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.OutcomeUnknown;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.RequestRejected;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.schema.RecordView;

/**
 * Sends writes and their read-backs through {@code batch}. Up to {@value #SHARED} writes go out with their
 * reads in one request (a create's read names its id by reference); more go out as requests of writes,
 * then requests of reads. Each request is its own {@code batch} call, so a request whose outcome is lost
 * leaves only its own commands unknown.
 */
final class Sending {

    /** Writes whose reads fit in the same request of 50 commands. */
    static final int SHARED = Batch.MAX_COMMANDS / 2;

    private final Bitrix24Client client;
    private final String authConnector;

    /** {@code authConnector}: sent with every write request and command (§10.4); empty for none. */
    Sending(Bitrix24Client client, String authConnector) {
        this.client = client;
        this.authConnector = authConnector;
    }

    /** Sends the writes of {@code items}; each ends acknowledged (read back too when it shared a request), refused, or open. */
    void send(List<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        if (items.size() <= SHARED) {
            sendChunk(items, true);
            return;
        }
        for (List<Item> chunk : chunks(items, Batch.MAX_COMMANDS)) {
            sendChunk(chunk, false);
        }
    }

    /** Reads back every item that has a record and no read-back yet. */
    void readBack(List<Item> items) {
        List<Item> toRead = items.stream().filter(i -> !i.settled() && i.readBack == null && i.recordId != null).toList();
        read(toRead, (item, view) -> item.readBack = view, "reading it back");
    }

    /**
     * Reads the records of {@code items} in shared requests and hands each view to {@code onRead}; a read
     * that fails is noted on the item as {@code what} failed.
     */
    void read(List<Item> items, BiConsumer<Item, RecordView> onRead, String what) {
        for (List<Item> chunk : chunks(items, Batch.MAX_COMMANDS)) {
            Batch.Builder batch = Batch.builder();
            for (int i = 0; i < chunk.size(); i++) {
                Target.Call read = chunk.get(i).write.target().read(chunk.get(i).recordId);
                batch.add("r" + i, read.method(), read.params());
            }
            try {
                BatchResult result = client.batch(batch.build());
                for (int i = 0; i < chunk.size(); i++) {
                    Item item = chunk.get(i);
                    switch (result.outcome("r" + i)) {
                        case CommandOutcome.Succeeded s -> onRead.accept(item, RecordView.of(item.write.target().schema(), s.result().result()));
                        case CommandOutcome.Failed f -> item.attempts.add(what + " failed: " + f.error() + " " + f.description());
                        case CommandOutcome.NotRun n -> item.attempts.add(what + " did not run: " + n.reason());
                    }
                }
            } catch (OutcomeUnknown | PortalUnavailable | RequestRejected e) {
                chunk.forEach(item -> item.attempts.add(what + " failed: " + e.getMessage()));
            }
        }
    }

    private void sendChunk(List<Item> chunk, boolean withReads) {
        Batch.Builder batch = Batch.builder();
        for (int i = 0; i < chunk.size(); i++) {
            Prepared write = chunk.get(i).write;
            Target.Call call = write.target().write(write.recordId(), write.send());
            batch.add("w" + i, call.method(), authConnector.isEmpty() ? call.params()
                    : call.params().with("auth_connector", authConnector));
        }
        if (!authConnector.isEmpty()) {
            batch.requestParam("auth_connector", authConnector);
        }
        if (withReads) {
            for (int i = 0; i < chunk.size(); i++) {
                Prepared write = chunk.get(i).write;
                Object id = write.isCreate() ? write.target().createdIdOf("w" + i) : write.recordId();
                Target.Call read = write.target().read(id);
                batch.add("r" + i, read.method(), read.params());
            }
        }
        BatchResult result;
        try {
            result = client.batch(batch.build());
        } catch (OutcomeUnknown | PortalUnavailable e) {
            for (Item item : chunk) {
                item.open = true;
                item.attempts.add(item.method() + ": " + describe(e));
            }
            return;
        } catch (RequestRejected e) {
            chunk.forEach(item -> item.refuse(new Refusal("the portal refused the request: " + e.getMessage())));
            return;
        }
        for (int i = 0; i < chunk.size(); i++) {
            Item item = chunk.get(i);
            switch (result.outcome("w" + i)) {
                case CommandOutcome.Succeeded s -> {
                    if (item.write.isCreate()) {
                        item.recordId = item.write.target().createdId(s.result().result()).orElse(null);
                    }
                    if (withReads) {
                        take(item, result.outcome("r" + i));
                    }
                }
                case CommandOutcome.Failed f -> item.refuse(new Refusal("the portal refused " + f.method() + ": "
                        + f.error() + " " + f.description()));
                case CommandOutcome.NotRun n -> item.refuse(new Refusal(n.method() + " did not run: " + n.reason()));
            }
        }
    }

    private static void take(Item item, CommandOutcome read) {
        switch (read) {
            case CommandOutcome.Succeeded s -> item.readBack = RecordView.of(item.write.target().schema(), s.result().result());
            case CommandOutcome.Failed f -> item.attempts.add("reading it back failed: " + f.error() + " " + f.description());
            case CommandOutcome.NotRun n -> item.attempts.add("reading it back did not run: " + n.reason());
        }
    }

    static String describe(Bitrix24Exception e) {
        return e instanceof OutcomeUnknown ? "the answer was lost, the portal may have applied it (" + e.getMessage() + ")"
                : "the portal was unavailable (" + e.getMessage() + ")";
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }
}
