package dev.b24kit.changes.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Params;
import dev.b24kit.client.listing.ListQuery;

/**
 * How change tracking reads one entity type from the portal: the four standard entities through their
 * legacy methods ({@code crm.deal.get}, {@code crm.deal.list}, UPPER codes, {@code DATE_MODIFY}), smart
 * processes through {@code crm.item.*} with their {@code entityTypeId} (camel codes, {@code updatedTime},
 * docs/bitrix24-behavior.md §9.2). Immutable.
 *
 * @param key          the feed's and mirror's name: {@code deal}, {@code contact}, {@code company},
 *                     {@code lead}, or {@code item:1030}
 * @param entityTypeId a smart process's {@code entityTypeId}; 0 for the standard entities
 */
public record TrackedEntity(String key, int entityTypeId) {

    private static final List<String> STANDARD = List.of("deal", "contact", "company", "lead");
    private static final Pattern ITEM = Pattern.compile("item:(\\d{1,9})");

    /**
     * The entity a key names: {@code deal}, {@code contact}, {@code company}, {@code lead} or
     * {@code item:ENTITY_TYPE_ID} (a smart process; not 1–4, which have legacy methods), ignoring case.
     *
     * @throws IllegalArgumentException any other key, naming what is accepted
     */
    public static TrackedEntity of(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (STANDARD.contains(k)) {
            return new TrackedEntity(k, 0);
        }
        Matcher m = ITEM.matcher(k);
        if (m.matches() && Integer.parseInt(m.group(1)) > 4) {
            int entityTypeId = Integer.parseInt(m.group(1));
            return new TrackedEntity("item:" + entityTypeId, entityTypeId);
        }
        throw new IllegalArgumentException("'" + key + "' is not an entity change tracking knows: use deal, contact, company,"
                + " lead or item:ENTITY_TYPE_ID (a smart process)");
    }

    /** Whether {@code key} is one {@link #of} accepts. */
    public static boolean isKey(String key) {
        try {
            of(key);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether it is read through {@code crm.item.*}. */
    public boolean isItem() {
        return entityTypeId > 0;
    }

    /** {@code crm.deal.get} or {@code crm.item.get}. */
    public String getMethod() {
        return isItem() ? "crm.item.get" : "crm." + key + ".get";
    }

    /** The get's parameters for one record. */
    public Params getParams(long id) {
        return isItem() ? Params.of("entityTypeId", entityTypeId).with("id", id) : Params.of("id", id);
    }

    /** The record in a get's {@code result}: crm.item wraps it in {@code {"item": …}}. */
    public JsonNode record(JsonNode getResult) {
        return isItem() && getResult != null && getResult.has("item") ? getResult.get("item") : getResult;
    }

    /** {@code crm.deal.list} or {@code crm.item.list}. */
    public String listMethod() {
        return isItem() ? "crm.item.list" : "crm." + key + ".list";
    }

    /** A listing of every field (user fields included), ordered by ID, not yet filtered. */
    public ListQuery.Builder fullListing() {
        ListQuery.Builder query = base().order(idField(), "ASC");
        return isItem() ? query.select("*") : query.select("*", "UF_*");
    }

    /** A listing of IDs only, ordered by ID. */
    public ListQuery.Builder idListing() {
        return base().select(idField()).order(idField(), "ASC");
    }

    private ListQuery.Builder base() {
        ListQuery.Builder query = ListQuery.builder();
        return isItem() ? query.param("entityTypeId", entityTypeId) : query;
    }

    /** The ID field as the dialect spells it: {@code ID} or {@code id}. */
    public String idField() {
        return isItem() ? "id" : "ID";
    }

    /** When the record last changed, as the dialect spells it: {@code DATE_MODIFY} or {@code updatedTime}. */
    public String modifiedField() {
        return isItem() ? "updatedTime" : "DATE_MODIFY";
    }
}
