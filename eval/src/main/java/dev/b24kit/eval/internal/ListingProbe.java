package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.Params;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.schema.EntityType;
import dev.b24kit.schema.Pipeline;

/**
 * Probe 5: on a filtered subset of deals, offset paging ({@code start=0,50,…}) and the client's keyset
 * listing ({@code start=-1}, {@code filter[>ID]}) give the same IDs in the same order; over the whole table
 * the chained {@code batch} listing in parallel ID ranges returns every ID exactly once and as many as the
 * portal counts (docs/bitrix24-behavior.md §6).
 */
final class ListingProbe implements Probe {

    /** Offset pages cost a COUNT each: the subset compared is cut after this many pages. */
    static final int MAX_OFFSET_PAGES = 20;

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String id() {
        return "listing";
    }

    @Override
    public String title() {
        return "Listing";
    }

    @Override
    public String writes() {
        return null;
    }

    @Override
    public Outcome run(ProbeContext context) {
        List<String> evidence = new ArrayList<>();
        Map<String, Object> filter = subset(context);
        List<Long> offset = new ArrayList<>();
        int pages = offsetPages(context, filter, offset);
        Map<String, Object> keysetFilter = new java.util.LinkedHashMap<>(filter);
        if (pages == MAX_OFFSET_PAGES && !offset.isEmpty()) {
            keysetFilter.put("<=ID", offset.getLast());
        }
        ListQuery.Builder keyset = ListQuery.builder().select("ID").shards(1);
        keysetFilter.forEach(keyset::filter);
        List<Long> chained = ids(context, keyset.build());
        boolean agree = chained.equals(offset);
        evidence.add("subset " + keysetFilter + ": offset paging " + pages + " pages, " + offset.size() + " rows; keyset listing "
                + chained.size() + " rows" + (agree ? ", the same IDs in the same order" : ", DIFFERENT: " + difference(offset, chained)));
        long counted = context.client().count("crm.deal.list", ListQuery.ALL);
        List<Long> all = ids(context, ListQuery.builder().select("ID").build());
        Map<Long, Integer> seen = new HashMap<>();
        all.forEach(id -> seen.merge(id, 1, Integer::sum));
        List<Long> twice = seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).limit(10).toList();
        boolean once = twice.isEmpty() && seen.size() == counted;
        evidence.add("whole table: the chained batch listing returned " + all.size() + " rows, " + seen.size()
                + " distinct IDs; crm.deal.list counts " + counted + (twice.isEmpty() ? "" : "; repeated: " + twice));
        return Outcome.of(agree && once, "keyset and offset listing agree on " + offset.size() + " rows; the chained listing returned "
                + seen.size() + " IDs, each once", agree ? "the chained listing did not return every ID exactly once"
                : "keyset and offset listing disagree", evidence);
    }

    /** Deals in the first stage of the default pipeline: a subset on every portal. */
    private static Map<String, Object> subset(ProbeContext context) {
        Pipeline home = context.catalog().schema(EntityType.DEAL).pipelines().stream().filter(Pipeline::isDefault)
                .findFirst().orElse(null);
        Map<String, Object> filter = new java.util.LinkedHashMap<>();
        if (home != null && !home.stages().isEmpty()) {
            filter.put("STAGE_ID", home.stages().getFirst().statusId());
        }
        return filter;
    }

    private static int offsetPages(ProbeContext context, Map<String, Object> filter, List<Long> ids) {
        Params base = Params.of("select", List.of("ID")).with("order", Map.of("ID", "ASC")).with("filter", filter);
        long start = 0;
        int pages = 0;
        while (pages < MAX_OFFSET_PAGES) {
            CallResult page = context.client().call("crm.deal.list", base.with("start", start));
            pages++;
            for (JsonNode row : page.result()) {
                ids.add(row.get("ID").asLong());
            }
            if (page.next().isEmpty()) {
                break;
            }
            start = page.next().getAsLong();
        }
        return pages;
    }

    private static List<Long> ids(ProbeContext context, ListQuery query) {
        try (Stream<JsonNode> rows = context.client().list("crm.deal.list", query)) {
            return rows.map(r -> r.get("ID").asLong()).toList();
        }
    }

    private static String difference(List<Long> offset, List<Long> keyset) {
        List<Long> onlyOffset = offset.stream().filter(id -> !keyset.contains(id)).limit(5).toList();
        List<Long> onlyKeyset = keyset.stream().filter(id -> !offset.contains(id)).limit(5).toList();
        return "only by offset " + onlyOffset + ", only by keyset " + onlyKeyset;
    }
}
