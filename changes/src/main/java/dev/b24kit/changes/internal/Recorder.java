package dev.b24kit.changes.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.schema.Dialect;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.FieldRef;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.RecordView;
import dev.b24kit.schema.UnknownEntity;
import dev.b24kit.store.Session;
import dev.b24kit.store.Store;
import dev.b24kit.store.changes.ChangeKind;
import dev.b24kit.store.changes.ChangeSource;
import dev.b24kit.store.changes.FeedEntry;
import dev.b24kit.store.changes.MirrorRecord;
import dev.b24kit.store.changes.PendingRecord;

/**
 * The one compare-and-append path every source goes through: a record as the portal holds it now (or
 * its absence) against the mirror; the mirror is brought up to date and the difference appended to the
 * feed in one transaction, together with the end of the inbox claim that asked for it. An unchanged
 * record writes nothing to the feed. Thread-safe.
 */
public final class Recorder {

    /**
     * Multi-fields come only from {@code get}, not from a {@code *}/{@code UF_*} list: left out of the mirror so both
     * agree ({@code fm} is crm.item's spelling of all of them).
     */
    private static final Set<String> MULTI_FIELDS = Set.of("PHONE", "EMAIL", "WEB", "IM", "LINK", "FM");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Store store;
    private final String portal;
    private final FieldCatalog catalog;

    /** {@code catalog} null records no labels or titles. */
    public Recorder(Store store, String portal, FieldCatalog catalog) {
        this.store = store;
        this.portal = portal;
        this.catalog = catalog;
    }

    /**
     * Records what the portal holds now: {@code current} the record ({@code null} when the portal said it
     * does not exist). {@code claim} (nullable) is ended in the same transaction for {@code claimant}, who
     * claimed it; {@code silent} fills the mirror without feed entries (the initial load). Answers the feed
     * entry, if anything changed.
     */
    public Optional<FeedEntry> record(TrackedEntity entity, long id, JsonNode current, ChangeSource source,
                                      PendingRecord claim, String claimant, boolean silent) {
        ObjectNode after = current == null ? JsonNodeFactory.instance.objectNode() : tracked(current);
        ObjectNode afterLabels = current == null ? JsonNodeFactory.instance.objectNode() : labels(entity, current);
        return store.transaction(session -> {
            // another process may record the same record now (its reconciler, our refetcher): one after the other
            session.changes().mirror().lock(portal, entity.key(), id);
            Optional<MirrorRecord> mirrored = session.changes().mirror().find(portal, entity.key(), id);
            Optional<FeedEntry> entry = apply(session, entity, id, mirrored, current == null ? null : after, afterLabels,
                    source, silent);
            if (claim != null) {
                session.changes().inbox().done(claim, claimant);
            }
            return entry;
        });
    }

    private Optional<FeedEntry> apply(Session session, TrackedEntity entity, long id, Optional<MirrorRecord> mirrored,
                                      ObjectNode after, ObjectNode afterLabels, ChangeSource source, boolean silent) {
        if (after == null && mirrored.isEmpty()) {
            return Optional.empty();
        }
        if (after != null && mirrored.isPresent() && older(after.get(entity.modifiedField()), mirrored.get().modified())) {
            return Optional.empty(); // read before the state another process has recorded meanwhile: not a change
        }
        ObjectNode before = mirrored.map(m -> object(m.fields())).orElseGet(JsonNodeFactory.instance::objectNode);
        ObjectNode beforeLabels = mirrored.map(m -> object(m.labels())).orElseGet(JsonNodeFactory.instance::objectNode);
        ChangeKind kind = after == null ? ChangeKind.DELETED : mirrored.isEmpty() ? ChangeKind.CREATED : ChangeKind.UPDATED;
        ArrayNode changes = Diff.of(before, beforeLabels, after == null ? JsonNodeFactory.instance.objectNode() : after,
                afterLabels, titles(entity));
        if (kind == ChangeKind.UPDATED && changes.isEmpty()) {
            return Optional.empty();
        }
        if (after == null) {
            session.changes().mirror().remove(portal, entity.key(), id);
        } else {
            JsonNode modified = after.get(entity.modifiedField());
            session.changes().mirror().put(new MirrorRecord(portal, entity.key(), id, after.toString(), afterLabels.toString(),
                    modified == null || modified.isNull() ? null : modified.asString(), null));
        }
        if (silent) {
            return Optional.empty();
        }
        return Optional.of(session.changes().feed().append(new FeedEntry(0, portal, entity.key(), id, kind, source, null,
                changes.toString())));
    }

    /** Whether {@code modified} is strictly earlier than {@code mirrored} (both as the portal writes DATE_MODIFY). */
    static boolean older(JsonNode modified, String mirrored) {
        if (modified == null || modified.isNull() || mirrored == null) {
            return false;
        }
        try {
            return OffsetDateTime.parse(modified.asString()).isBefore(OffsetDateTime.parse(mirrored));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The record's fields the mirror keeps. */
    static ObjectNode tracked(JsonNode record) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (var member : record.properties()) {
            if (!MULTI_FIELDS.contains(member.getKey().toUpperCase(Locale.ROOT))) {
                fields.set(member.getKey(), member.getValue());
            }
        }
        return fields;
    }

    /** Label texts of the fields holding IDs, keyed as the record is (UPPER codes, or camel for crm.item). */
    private ObjectNode labels(TrackedEntity entity, JsonNode record) {
        ObjectNode labels = JsonNodeFactory.instance.objectNode();
        EntityType type = type(entity);
        if (type == null) {
            return labels;
        }
        RecordView view = catalog.read(type, record);
        for (RecordView.Entry e : view.entries()) {
            if (!e.labels().isEmpty()) {
                labels.put(code(entity, e.field()), e.text());
            }
        }
        return labels;
    }

    private ObjectNode titles(TrackedEntity entity) {
        ObjectNode titles = JsonNodeFactory.instance.objectNode();
        EntityType type = type(entity);
        if (type != null) {
            catalog.schema(type).fields().forEach(f -> titles.put(code(entity, f), f.title()));
        }
        return titles;
    }

    private static String code(TrackedEntity entity, FieldRef field) {
        return field.code(entity.isItem() ? Dialect.ITEM : Dialect.LEGACY);
    }

    /** The catalog's entity type; null without a catalog or for a smart process the portal no longer has. */
    private EntityType type(TrackedEntity entity) {
        if (catalog == null) {
            return null;
        }
        if (!entity.isItem()) {
            return EntityType.STANDARD.stream().filter(t -> t.isNamed(entity.key())).findFirst().orElseThrow();
        }
        try {
            return catalog.entity(entity.key());
        } catch (UnknownEntity e) {
            return null;
        }
    }

    private static ObjectNode object(String json) {
        JsonNode node = JSON.readTree(json);
        return node instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    }
}
