package dev.b24kit.schema.internal;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.Params;
import dev.b24kit.client.PortalValues;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.batch.CommandOutcome;
import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.StatusItem;

/**
 * Loads the whole catalog in as few HTTP requests as {@code batch} allows: one batch for the portal's
 * time, the smart-process types, every {@code crm.status} list, the deal pipelines and, per standard
 * entity, {@code crm.X.fields}, {@code crm.item.fields} and {@code crm.X.userfield.list} per language;
 * then, when the portal has smart processes, one more batch with each one's {@code crm.item.fields},
 * {@code crm.category.list} and {@code userfieldconfig.list}. Two requests in all (one without smart
 * processes; more only past 50 commands or 50 smart-process types). A refused enrichment (a user-field
 * list, {@code userfieldconfig} without its scope) leaves that part out; a refused {@code *.fields} or
 * status list fails the load. Thread-safe when the client is.
 */
public final class CatalogLoader {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);

    private final Bitrix24Client client;
    private final List<String> languages;
    private final InstantSource clock;

    public CatalogLoader(Bitrix24Client client, List<String> languages, InstantSource clock) {
        this.client = client;
        this.languages = List.copyOf(languages);
        this.clock = clock;
    }

    public Snapshot load() {
        Batch.Builder first = Batch.builder()
                .add("time", "server.time", Params.empty())
                .add("types", "crm.type.list", Params.empty())
                .add("statuses", "crm.status.list", Params.empty())
                .add("c2", "crm.category.list", Params.of("entityTypeId", 2));
        for (EntityType e : EntityType.STANDARD) {
            first.add("f" + e.entityTypeId(), e.legacyMethods() + ".fields", Params.empty())
                    .add("i" + e.entityTypeId(), "crm.item.fields", Params.of("entityTypeId", e.entityTypeId()));
            for (String language : languages) {
                first.add("u" + e.entityTypeId() + language, e.legacyMethods() + ".userfield.list",
                        Params.of("filter", Map.of("LANG", language)));
            }
        }
        BatchResult answers = client.batch(first.build());
        ZoneOffset offset = offset(answers);
        Map<String, List<StatusItem>> statuses = SchemaParts.statuses(answers.result("statuses").result());
        List<EntityType> entities = new ArrayList<>(EntityType.STANDARD);
        Map<Integer, SchemaParts> parts = new LinkedHashMap<>();
        for (EntityType e : EntityType.STANDARD) {
            SchemaParts p = new SchemaParts(e);
            p.legacyFields = answers.result("f" + e.entityTypeId()).result();
            p.itemFields = member(optional(answers, "i" + e.entityTypeId()), "fields");
            for (String language : languages) {
                JsonNode rows = optional(answers, "u" + e.entityTypeId() + language);
                if (rows != null) {
                    p.userFieldRows.put(language, rows);
                }
            }
            if (e == EntityType.DEAL) {
                p.categories = member(optional(answers, "c2"), "categories");
            }
            parts.put(e.entityTypeId(), p);
        }
        List<EntityType> smart = answers.outcome("types") instanceof CommandOutcome.Succeeded types
                ? smartProcesses(types.result()) : List.of();
        entities.addAll(smart);
        if (!smart.isEmpty()) {
            loadSmartProcesses(smart, parts);
        }
        Map<Integer, EntitySchema> schemas = new LinkedHashMap<>();
        parts.forEach((id, p) -> schemas.put(id, SchemaAssembly.assemble(p, statuses, offset)));
        return new Snapshot(clock.instant(), entities, schemas);
    }

    private void loadSmartProcesses(List<EntityType> smart, Map<Integer, SchemaParts> parts) {
        Batch.Builder second = Batch.builder();
        for (EntityType e : smart) {
            int id = e.entityTypeId();
            second.add("i" + id, "crm.item.fields", Params.of("entityTypeId", id))
                    .add("c" + id, "crm.category.list", Params.of("entityTypeId", id))
                    .add("u" + id, "userfieldconfig.list", Params.of("moduleId", "crm")
                            .with("filter", Map.of("entityId", e.userFieldEntity())));
        }
        BatchResult answers = client.batch(second.build());
        for (EntityType e : smart) {
            int id = e.entityTypeId();
            SchemaParts p = new SchemaParts(e);
            p.itemFields = member(answers.result("i" + id).result(), "fields");
            p.categories = member(optional(answers, "c" + id), "categories");
            p.userFieldConfig = member(optional(answers, "u" + id), "fields");
            parts.put(id, p);
        }
    }

    /** The smart processes of the first page of types, and of further pages when there are more than 50. */
    private List<EntityType> smartProcesses(CallResult page) {
        List<EntityType> types = new ArrayList<>();
        CallResult current = page;
        while (true) {
            for (JsonNode row : PortalValues.members(member(current.result(), "types")).values()) {
                types.add(EntityType.smartProcess((int) PortalValues.asLong(row.get("entityTypeId")).orElse(0),
                        (int) PortalValues.asLong(row.get("id")).orElse(0), String.valueOf(PortalValues.asText(row.get("title")))));
            }
            if (current.next().isEmpty()) {
                return types;
            }
            current = client.call("crm.type.list", Params.of("start", current.next().getAsLong()));
        }
    }

    private static ZoneOffset offset(BatchResult answers) {
        JsonNode time = optional(answers, "time");
        try {
            return time == null ? ZoneOffset.UTC : OffsetDateTime.parse(time.asString()).getOffset();
        } catch (DateTimeParseException e) {
            LOG.warn("server.time answered '{}', not an ISO date-time; dates are read as UTC", time);
            return ZoneOffset.UTC;
        }
    }

    private static JsonNode optional(BatchResult answers, String key) {
        return switch (answers.outcome(key)) {
            case CommandOutcome.Succeeded s -> s.result().result();
            case CommandOutcome.Failed f -> {
                LOG.debug("catalog: {} refused ({} {}); loading without it", f.method(), f.error(), f.description());
                yield null;
            }
            case CommandOutcome.NotRun n -> null;
        };
    }

    private static JsonNode member(JsonNode node, String name) {
        return node == null || !node.isObject() ? null : node.get(name);
    }
}
