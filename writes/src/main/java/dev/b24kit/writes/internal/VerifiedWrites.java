package dev.b24kit.writes.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.b24kit.schema.RecordView;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Approvals;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.FieldDiff;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;

/**
 * One run of writes: prepare (refuse before any call), read what must be read first, journal, look up
 * keys of interrupted creates, send, read back, compare, settle the journal. Thread-safe: a run keeps its
 * state in its own {@link Item}s.
 */
public final class VerifiedWrites implements Writes {

    private final WritesConfig config;
    private final Actor actor;
    private final Preparation preparation;
    private final Sending sending;
    private final KeyLookup lookup;
    private final Journaling journal;
    private final Proposing proposing;

    public VerifiedWrites(WritesConfig config, Actor actor) {
        this.config = config;
        this.actor = actor;
        this.preparation = new Preparation(config.catalog(), config.keyFields());
        this.sending = new Sending(config.client(), config.authConnector());
        this.lookup = new KeyLookup(config.client());
        this.journal = new Journaling(config.store(), config.portal(), config.clock(), config.inFlight());
        this.proposing = new Proposing(config.store(), config.portal(), sending);
    }

    @Override
    public Writes onBehalfOf(Actor other) {
        return new VerifiedWrites(config, other);
    }

    @Override
    public Approvals approvals() {
        return new StoredApprovals(config);
    }

    @Override
    public Receipt update(String entity, long id, Map<String, ?> fields) {
        return apply(Change.update(entity, id, fields));
    }

    @Override
    public Receipt create(String entity, Map<String, ?> fields, String key) {
        return apply(Change.create(entity, fields, key));
    }

    @Override
    public Receipt apply(Change change) {
        return applyAll(List.of(change)).get(0);
    }

    @Override
    public List<Receipt> applyAll(List<Change> changes) {
        List<Item> items = changes.stream().map(Item::new).toList();
        items.forEach(this::prepare);
        if (actor.agent() && approvals().policy().mode() == WriteMode.OBSERVE) {
            proposing.propose(open(items), actor);
            return items.stream().map(item -> item.receipt).toList();
        }
        readCurrent(open(items));
        List<Item> toJournal = open(items);
        List<Journaling.Retry> retries = toJournal.isEmpty() ? List.of() : journal.record(toJournal);
        List<Item> toSend = new ArrayList<>();
        List<Item> interrupted = new ArrayList<>();
        List<Item> inFlight = new ArrayList<>();
        for (int i = 0; i < toJournal.size(); i++) {
            Item item = toJournal.get(i);
            switch (retries.get(i)) {
                case NEW -> toSend.add(item);
                case INTERRUPTED -> interrupted.add(item);
                case IN_FLIGHT -> {
                    item.foreign = true;
                    inFlight.add(item);
                }
                case SETTLED -> { }
            }
        }
        recover(interrupted, toSend);
        adoptInFlight(inFlight);
        sending.send(toSend);
        lookUpOpenCreates(toSend);
        sending.readBack(toJournal);
        toJournal.forEach(this::conclude);
        journal.settle(toJournal);
        return items.stream().map(item -> item.receipt).toList();
    }

    private void prepare(Item item) {
        try {
            item.write = preparation.prepare(item.change);
        } catch (Refusal refusal) {
            item.refuse(refusal);
        } catch (IllegalArgumentException e) {
            item.refuse(new Refusal(e.getMessage()));
        }
    }

    /** Reads the records whose current values the write depends on: multi-field items, and the optimistic check. */
    private void readCurrent(List<Item> items) {
        List<Item> toRead = items.stream()
                .filter(i -> MultiFieldEdits.needsCurrent(i.write) || i.change.unchangedSince() != null).toList();
        sending.read(toRead, (item, current) -> {
            OffsetDateTime since = item.change.unchangedSince();
            Object modified = current.find("DATE_MODIFY").map(RecordView.Entry::value).orElse(null);
            if (since != null && modified instanceof OffsetDateTime at && at.isAfter(since)) {
                item.refuse(new Refusal(item.entity() + " " + item.recordId + " changed at " + at + ", after " + since
                        + "; read it again and decide", "DATE_MODIFY", String.valueOf(at), List.of("not after " + since)));
            } else {
                MultiFieldEdits.rewrite(item.write, current);
            }
        }, "reading the current record");
        toRead.stream().filter(i -> !i.settled() && !i.attempts.isEmpty())
                .forEach(i -> i.refuse(new Refusal("could not read the record before writing: " + i.attempts.get(0))));
    }

    /** Interrupted creates: look the key up; a record found is adopted, a missing one is created now. */
    private void recover(List<Item> interrupted, List<Item> toSend) {
        if (interrupted.isEmpty()) {
            return;
        }
        List<Item> creates = interrupted.stream().filter(i -> i.recordId == null).toList();
        lookup.lookUp(creates, config.keyFields());
        List<Item> reopen = new ArrayList<>();
        for (Item item : creates) {
            switch (item.lookup) {
                case RECORD -> { }
                case NOTHING -> reopen.add(item);
                case FAILED -> item.unknown("nothing was created again, since the lookup could not tell");
            }
        }
        journal.reopen(reopen);
        toSend.addAll(reopen);
    }

    /**
     * Entries another attempt holds (in flight, or left by a process that died mid-write): nothing is sent, but a
     * create's key is looked up, and a record found is adopted and read back (the journal entry stays the other
     * attempt's). Without a record, or for an update, the answer is {@code Unknown}: try again later.
     */
    private void adoptInFlight(List<Item> inFlight) {
        List<Item> creates = inFlight.stream().filter(i -> i.write.isCreate() && i.recordId == null).toList();
        lookup.lookUp(creates, config.keyFields());
        for (Item item : inFlight) {
            if (item.recordId == null || !item.write.isCreate()) {
                item.unknown("another attempt with key '" + item.write.key()
                        + "' is in flight (journal entry " + item.journalId + "); try again later");
            }
        }
    }

    /** Creates whose call ended open: look their keys up before reporting. */
    private void lookUpOpenCreates(List<Item> sent) {
        List<Item> open = sent.stream().filter(i -> !i.settled() && i.open && i.write.isCreate()).toList();
        lookup.lookUp(open, config.keyFields());
    }

    private void conclude(Item item) {
        if (item.settled()) {
            return;
        }
        if (item.readBack == null) {
            item.unknown(item.write.isCreate() && item.lookup == KeyLookup.Found.NOTHING
                    ? "nothing was created; the next attempt with key '" + item.write.key() + "' creates it"
                    : "the record was not read back, so whether it holds the change is not known");
            return;
        }
        List<FieldDiff> diffs = Verification.diff(item.write.expected(), item.readBack);
        if (diffs.isEmpty()) {
            item.receipt = new Receipt.Confirmed(item.entity(), item.recordId, item.journalId,
                    Verification.fields(item.write.expected()), item.adopted);
        } else if (item.open && !item.write.isCreate()) {
            item.unknown("read back, the record does not hold " + diffs + "; the update was not sent again");
        } else {
            item.receipt = new Receipt.Drifted(item.entity(), item.recordId, item.journalId, diffs, item.adopted);
        }
    }

    private static List<Item> open(List<Item> items) {
        return items.stream().filter(i -> !i.settled()).toList();
    }
}
