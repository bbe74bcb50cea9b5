package dev.b24kit.gateway.tools.internal;

import java.util.List;
import java.util.Locale;

import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.FeedEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code changes_since}: the portal's change feed after a cursor (a feed seq), optionally of one entity. */
public final class FeedReading {

    private static final int SCAN = 500;

    private final Store store;
    private final String portal;
    private final FieldCatalog catalog;

    public FeedReading(Store store, String portal, FieldCatalog catalog) {
        this.store = store;
        this.portal = portal;
        this.catalog = catalog;
    }

    public ObjectNode since(Args args) {
        long after = cursor(args.optionalText("cursor"));
        String entity = args.optionalText("entity");
        String key = entity == null ? null : Entities.resolve(catalog, entity).key();
        int limit = args.limit("limit", 50, 200);
        ObjectNode out = Json.object();
        ArrayNode entries = out.putArray("changes");
        long position = after;
        boolean more = false;
        // entries of other portals or entities are skipped, so scan until the page is full or the feed ends
        while (true) {
            List<FeedEntry> page = store.changes().feed().after(position, SCAN);
            for (FeedEntry entry : page) {
                if (entries.size() == limit) {
                    more = true;
                    break;
                }
                position = entry.seq();
                if (entry.portal().equals(portal) && (key == null || entry.entity().equals(key))) {
                    entries.add(entry(entry));
                }
            }
            if (more || page.size() < SCAN) {
                break;
            }
        }
        out.put("cursor", Long.toString(position));
        out.put("more", more);
        out.put("summary", entries.size() + " change(s) after " + after + (key == null ? "" : " of " + key)
                + (more ? "; more remain: call again with this cursor" : "; up to date: call again with this cursor later"));
        return out;
    }

    private static ObjectNode entry(FeedEntry entry) {
        ObjectNode json = Json.object();
        json.put("seq", entry.seq());
        json.put("entity", entry.entity());
        json.put("id", entry.recordId());
        json.put("kind", entry.kind().name().toLowerCase(Locale.ROOT));
        json.put("source", entry.source().name().toLowerCase(Locale.ROOT));
        json.put("detectedAt", entry.detectedAt().toString());
        JsonNode changes = Json.parse(entry.changes());
        json.set("changes", changes);
        return json;
    }

    private static long cursor(String given) {
        if (given == null) {
            return 0;
        }
        try {
            long seq = Long.parseLong(given.strip());
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("changes_since: 'cursor' must be the cursor of an earlier answer (a feed position, 0 for the start)",
                "cursor", given, List.of());
    }
}
