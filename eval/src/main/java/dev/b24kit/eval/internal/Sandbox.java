package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.Params;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;
import dev.b24kit.writes.Writes;

/**
 * The records the eval creates on the portal, each titled and keyed with the run's name, and removed when
 * the run ends. Not thread-safe: the probes run one after another.
 */
final class Sandbox {

    /** A record the eval made: its entity and ID. */
    record Made(EntityType entity, long id) {
    }

    private final Writes writes;
    private final Bitrix24Client client;
    private final FieldCatalog catalog;
    private final String runId;
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<Made> made = new ArrayList<>();

    Sandbox(Writes writes, Bitrix24Client client, FieldCatalog catalog, String runId) {
        this.writes = writes;
        this.client = client;
        this.catalog = catalog;
        this.runId = runId;
    }

    /**
     * Creates a record of {@code entity} (in {@code pipeline}, a name or ID, when not null) through a
     * verified, keyed create. @throws IllegalStateException when the portal does not confirm it
     */
    long create(String entity, Object pipeline) {
        EntityType type = catalog.entity(entity);
        Map<String, Object> fields = new LinkedHashMap<>();
        String title = "b24kit eval sandbox " + runId + " (removed when the eval ends)";
        fields.put(titleField(type), title);
        if (pipeline != null) {
            fields.put(type.isSmartProcess() ? "categoryId" : "CATEGORY_ID", pipeline);
        }
        Receipt receipt = writes.apply(Change.create(entity, fields, key("record")));
        if (!(receipt instanceof Receipt.Confirmed confirmed)) {
            throw new IllegalStateException("the sandbox " + type.key() + " could not be created: " + receipt.toJson());
        }
        adopt(type, confirmed.recordId());
        return confirmed.recordId();
    }

    /** A fresh idempotency key of this run. */
    String key(String purpose) {
        return "b24kit-eval-" + runId + "-" + purpose + "-" + sequence.incrementAndGet();
    }

    /** Takes a record made another way into the sandbox, so it is removed at the end. */
    void adopt(EntityType entity, long id) {
        Made record = new Made(entity, id);
        if (!made.contains(record)) {
            made.add(record);
        }
    }

    /** Deletes every record made; answers one line per record that could not be deleted. */
    List<String> removeAll() {
        List<String> failures = new ArrayList<>();
        for (Made record : made) {
            try {
                if (record.entity().isSmartProcess()) {
                    client.call("crm.item.delete", Params.of("entityTypeId", record.entity().entityTypeId()).with("id", record.id()));
                } else {
                    client.call(record.entity().legacyMethods() + ".delete", Params.of("id", record.id()));
                }
            } catch (Bitrix24Exception e) {
                if (!(e instanceof dev.b24kit.client.RequestRejected r && r.isNotFound())) {
                    failures.add(record.entity().key() + " " + record.id() + ": " + e.getMessage());
                }
            }
        }
        made.clear();
        return failures;
    }

    private static String titleField(EntityType type) {
        return switch (type.name()) {
            case "CONTACT" -> "NAME";
            case "COMPANY", "DEAL", "LEAD" -> "TITLE";
            default -> "title";
        };
    }
}
