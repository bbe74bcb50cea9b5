package dev.b24kit.writes.internal;

import java.util.List;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.OutcomeUnknown;
import dev.b24kit.client.PortalUnavailable;
import dev.b24kit.client.RequestRejected;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldRef;

/**
 * Finds the records an earlier attempt of a create made, by the key written into them, before anything
 * is created again. Lookups of many creates share {@code batch} requests.
 */
final class KeyLookup {

    private final Bitrix24Client client;

    KeyLookup(Bitrix24Client client) {
        this.client = client;
    }

    /** What the lookup found for one create. */
    enum Found { RECORD, NOTHING, FAILED }

    /**
     * Looks up each item's key; sets {@code recordId} (the lowest ID) and {@code adopted} for the ones
     * found, and notes on each what was done.
     */
    void lookUp(List<Item> items, java.util.Map<String, String> keyFields) {
        for (List<Item> chunk : Sending.chunks(items, Batch.MAX_COMMANDS)) {
            Batch.Builder batch = Batch.builder();
            for (int i = 0; i < chunk.size(); i++) {
                Target.Call find = find(chunk.get(i).write, keyFields);
                batch.add("k" + i, find.method(), find.params());
            }
            BatchResult result;
            try {
                result = client.batch(batch.build());
            } catch (OutcomeUnknown | PortalUnavailable | RequestRejected e) {
                chunk.forEach(item -> {
                    item.lookup = Found.FAILED;
                    item.attempts.add("looking the key up failed: " + e.getMessage());
                });
                continue;
            }
            for (int i = 0; i < chunk.size(); i++) {
                settle(chunk.get(i), result.outcome("k" + i));
            }
        }
    }

    private static void settle(Item item, CommandOutcome outcome) {
        String key = item.write.key();
        switch (outcome) {
            case CommandOutcome.Succeeded s -> {
                List<Long> ids = item.write.target().ids(s.result().result());
                item.lookup = ids.isEmpty() ? Found.NOTHING : Found.RECORD;
                if (ids.isEmpty()) {
                    item.attempts.add("looked the key up: no record holds key '" + key + "'");
                } else {
                    item.recordId = ids.get(0);
                    item.adopted = true;
                    item.attempts.add("looked the key up: record " + ids.get(0) + " holds key '" + key + "'"
                            + (ids.size() > 1 ? " (and " + (ids.size() - 1) + " more, not created by this key's journal)" : ""));
                }
            }
            case CommandOutcome.Failed f -> {
                item.lookup = Found.FAILED;
                item.attempts.add("looking the key up failed: " + f.error() + " " + f.description());
            }
            case CommandOutcome.NotRun n -> {
                item.lookup = Found.FAILED;
                item.attempts.add("looking the key up did not run: " + n.reason());
            }
        }
    }

    private static Target.Call find(Prepared write, java.util.Map<String, String> keyFields) {
        EntitySchema schema = write.target().schema();
        List<KeyField.Slot> slots = KeyField.slots(schema, keyFields, write.key());
        FieldRef keyField = slots.get(slots.size() - 1).field();
        FieldRef originator = slots.size() > 1 ? slots.get(0).field() : null;
        return write.target().findBy(keyField, write.key(), originator, Preparation.ORIGINATOR);
    }
}
