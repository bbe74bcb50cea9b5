package dev.b24kit.gateway.tools.internal;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.Params;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.RecordView;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code get}: one record through {@code crm.X.get} (or {@code crm.item.get}), in the canonical view. */
public final class Records {

    private final Bitrix24Client client;
    private final FieldCatalog catalog;

    public Records(Bitrix24Client client, FieldCatalog catalog) {
        this.client = client;
        this.catalog = catalog;
    }

    public ObjectNode get(Args args) {
        EntityType entity = Entities.resolve(catalog, args.text("entity"));
        long id = args.id("id");
        RecordView view = read(entity, id);
        ObjectNode out = Json.object();
        out.put("entity", entity.key());
        out.put("id", id);
        out.set("record", Views.compact(view));
        out.put("summary", entity.key() + " " + id + Views.titled(view));
        return out;
    }

    /** The record as the portal holds it now; a record that is not there is {@link Refused}. */
    RecordView read(EntityType entity, long id) {
        JsonNode raw;
        try {
            raw = entity.isSmartProcess()
                    ? client.call("crm.item.get", Params.of("entityTypeId", entity.entityTypeId()).with("id", id)).result()
                    : client.call(entity.legacyMethods() + ".get", Params.of("id", id)).result();
        } catch (Bitrix24Exception e) {
            if (Views.notFound(e)) {
                throw new Refused(entity.key() + " " + id + " does not exist (or this webhook may not see it)", "id",
                        Long.toString(id), java.util.List.of());
            }
            throw e;
        }
        return catalog.read(entity, raw);
    }
}
