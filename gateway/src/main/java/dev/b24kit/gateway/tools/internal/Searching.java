package dev.b24kit.gateway.tools.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.Params;
import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.SchemaRefusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code search}: one list request per call. Ordered by ID (the default) it pages by key ({@code >ID} after
 * the last row shown, §6.2); ordered by another field, by offset, skipping within the portal's 50-row page.
 * The first page counts the matches ({@code total}); the count travels in the cursor, so a result larger than
 * the page is always summarised with the count and a cursor to continue, never silently cut.
 */
public final class Searching {

    private static final int PAGE = 50;

    private final Bitrix24Client client;
    private final FieldCatalog catalog;
    private final int maxRows;

    public Searching(Bitrix24Client client, FieldCatalog catalog, int maxRows) {
        this.client = client;
        this.catalog = catalog;
        this.maxRows = maxRows;
    }

    /** Where the next page starts: after an ID (keyset) or at an offset; and the count of the first page. */
    private record Cursor(long afterId, long offset, long total) {
        String encode() {
            String text = afterId + ":" + offset + ":" + total;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
                return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw new Refused("search: 'cursor' is not one this tool gave; pass the cursor of the previous result as is",
                        "cursor", cursor, List.of());
            }
        }
    }

    public ObjectNode search(Args args) {
        EntityType entity = Entities.resolve(catalog, args.text("entity"));
        EntitySchema schema = catalog.schema(entity);
        Dialect dialect = entity.isSmartProcess() ? Dialect.ITEM : Dialect.LEGACY;
        int limit = args.limit("limit", Math.min(20, maxRows), maxRows);
        String given = args.optionalText("cursor");
        Cursor cursor = given == null ? null : Cursor.decode(given);
        ObjectNode order = order(schema, args.object("order", false), dialect);
        String idCode = dialect == Dialect.LEGACY ? "ID" : "id";
        boolean keyset = order.isEmpty() || (order.size() == 1 && order.has(idCode));
        boolean descending = keyset && order.has(idCode) && order.get(idCode).asString().equals("DESC");
        if (order.isEmpty()) {
            order.put(idCode, "ASC");
        }
        ObjectNode filter = FilterTerms.resolve(schema, args.object("filter", false), dialect);
        ObjectNode params = Json.object();
        long skip = 0;
        if (keyset) {
            if (cursor != null) {
                filter.put((descending ? "<" : ">") + idCode, cursor.afterId());
            }
            params.put("start", cursor == null || entity.isSmartProcess() ? 0 : -1);
        } else {
            long offset = cursor == null ? 0 : cursor.offset();
            params.put("start", offset - offset % PAGE);
            skip = offset % PAGE;
        }
        params.set("filter", filter);
        params.set("order", order);
        params.set("select", select(schema, args.texts("select"), dialect));
        if (entity.isSmartProcess()) {
            params.put("entityTypeId", entity.entityTypeId());
        }
        CallResult answer = client.call(Entities.methods(entity) + ".list", Params.of(params));
        JsonNode rows = entity.isSmartProcess() ? answer.result().path("items") : answer.result();
        long total = cursor != null ? cursor.total() : answer.total().orElse(rows.size());
        return page(entity, rows, skip, limit, keyset, cursor, total, idCode);
    }

    private ObjectNode page(EntityType entity, JsonNode rows, long skip, int limit, boolean keyset, Cursor cursor,
                            long total, String idCode) {
        List<JsonNode> shown = new ArrayList<>();
        for (int i = (int) skip; i < rows.size() && shown.size() < limit; i++) {
            shown.add(rows.get(i));
        }
        boolean more = rows.size() > skip + shown.size() || rows.size() >= PAGE;
        ObjectNode out = Json.object();
        out.put("entity", entity.key());
        out.put("total", total);
        out.put("returned", shown.size());
        ArrayNode list = out.putArray("rows");
        long lastId = 0;
        for (JsonNode row : shown) {
            lastId = row.path(idCode).asLong(0);
            list.addObject().put("id", lastId).set("record", Views.compact(catalog.read(entity, row)));
        }
        if (more && !shown.isEmpty()) {
            Cursor next = keyset ? new Cursor(lastId, 0, total)
                    : new Cursor(0, (cursor == null ? 0 : cursor.offset()) + shown.size(), total);
            out.put("cursor", next.encode());
            out.put("summary", total + " " + entity.key() + " record(s) match; " + shown.size()
                    + " shown here; more remain: call search again with the same arguments and this cursor");
        } else {
            out.putNull("cursor");
            out.put("summary", total + " " + entity.key() + " record(s) match; " + shown.size() + " shown here; no more");
        }
        return out;
    }

    private static ObjectNode order(EntitySchema schema, Map<String, Object> given, Dialect dialect) {
        ObjectNode order = Json.object();
        for (Map.Entry<String, Object> e : given.entrySet()) {
            String direction = String.valueOf(e.getValue()).strip().toUpperCase(Locale.ROOT);
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw new Refused("search: order of '" + e.getKey() + "' must be asc or desc, not '" + e.getValue() + "'",
                        "order", String.valueOf(e.getValue()), List.of("asc", "desc"));
            }
            order.put(field(schema, e.getKey()).code(dialect), direction);
        }
        return order;
    }

    private static ArrayNode select(EntitySchema schema, List<String> names, Dialect dialect) {
        ArrayNode select = Json.MAPPER.createArrayNode();
        if (names.isEmpty()) {
            select.add("*");
            if (dialect == Dialect.LEGACY) {
                select.add("UF_*");
            }
            return select;
        }
        select.add(dialect == Dialect.LEGACY ? "ID" : "id");
        names.forEach(name -> select.add(field(schema, name).code(dialect)));
        return select;
    }

    private static FieldRef field(EntitySchema schema, String name) {
        try {
            return schema.field(name);
        } catch (SchemaRefusal e) {
            throw Refused.of(e);
        }
    }
}
