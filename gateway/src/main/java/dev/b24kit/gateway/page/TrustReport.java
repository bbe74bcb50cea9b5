package dev.b24kit.gateway.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.b24kit.gateway.page.internal.TrustEvidence;
import dev.b24kit.store.Store;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What b24kit caught in a period, per UTC day and in total, computed from the store: refusals and
 * adoptions recorded in the audit log ({@code write.refused}, {@code write.adopted}, see
 * {@link TrustRecording}), the write journal's moves (drifted, adopted, settled after an unknown outcome),
 * the change feed's entries found by the reconciler ({@code RECONCILE}, {@code SWEEP}), and the limit-wait
 * tallies. Every number is the sum of {@link #evidence()} items, so each can be traced to its rows.
 *
 * <pre>{@code
 * TrustReport report = TrustReport.of(store, "https://example.bitrix24.ru", Instant.EPOCH, clock.instant());
 * long drifted = report.total(Catch.DRIFTED);
 * }</pre>
 *
 * <p>Immutable and thread-safe once made. Computing it reads the period's rows; for {@code /metrics} call it
 * per scrape (or cache it for a few seconds). {@code of} throws the store's {@code StoreException}s.
 */
public final class TrustReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String portal;
    private final Instant from;
    private final Instant to;
    private final List<Caught> evidence;

    private TrustReport(String portal, Instant from, Instant to, List<Caught> evidence) {
        this.portal = portal;
        this.from = from;
        this.to = to;
        this.evidence = List.copyOf(evidence);
    }

    /**
     * Computes the report of {@code portal} (an origin; {@code null} for every portal in the store) for
     * {@code [from, to)}.
     *
     * @throws IllegalArgumentException {@code from} is not before {@code to}, or the portal is not an origin
     */
    public static TrustReport of(Store store, String portal, Instant from, Instant to) {
        return new TrustReport(portal, from, to, TrustEvidence.collect(store, portal, from, to));
    }

    /** The portal reported on; {@code null} for every portal. */
    public String portal() {
        return portal;
    }

    /** The period's start (inclusive). */
    public Instant from() {
        return from;
    }

    /** The period's end (exclusive). */
    public Instant to() {
        return to;
    }

    /** Every piece of evidence, oldest first. */
    public List<Caught> evidence() {
        return evidence;
    }

    /** The evidence of one kind, on one UTC day ({@code null}: every day), oldest first. */
    public List<Caught> evidence(Catch kind, LocalDate day) {
        return evidence.stream().filter(c -> c.kind() == kind && (day == null || day(c).equals(day))).toList();
    }

    /** How many of {@code kind} were caught in the period. */
    public long total(Catch kind) {
        return count(evidence(kind, null));
    }

    /** Every kind's total, in {@link Catch} order. */
    public Map<Catch, Long> totals() {
        Map<Catch, Long> totals = new EnumMap<>(Catch.class);
        for (Catch kind : Catch.values()) {
            totals.put(kind, total(kind));
        }
        return totals;
    }

    /** Refusals per field (UPPER code), most first. */
    public Map<String, Long> refusedByField() {
        Map<String, Long> fields = new TreeMap<>();
        evidence(Catch.REFUSED, null).forEach(c -> fields.merge(c.subject(), c.count(), Long::sum));
        return fields.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum,
                        java.util.LinkedHashMap::new));
    }

    /** Per UTC day with any catch, newest first: every kind's count that day. */
    public Map<LocalDate, Map<Catch, Long>> days() {
        Map<LocalDate, Map<Catch, Long>> days = new TreeMap<>(Comparator.reverseOrder());
        for (Caught c : evidence) {
            days.computeIfAbsent(day(c), d -> zeros()).merge(c.kind(), c.count(), Long::sum);
        }
        return days;
    }

    /** The UTC day a piece of evidence counts on. */
    public static LocalDate day(Caught caught) {
        return caught.source().equals("limit_wait") ? LocalDate.parse(caught.ref().substring(0, 10))
                : LocalDate.ofInstant(caught.at(), ZoneOffset.UTC);
    }

    /**
     * The report as JSON: {@code {"portal", "from", "to", "total": {slug: n}, "refusedByField": {field: n},
     * "days": [{"day", slug: n, …}]}}.
     */
    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("portal", portal);
        json.put("from", from.toString());
        json.put("to", to.toString());
        ObjectNode total = json.putObject("total");
        totals().forEach((kind, n) -> total.put(kind.slug(), n));
        ObjectNode fields = json.putObject("refusedByField");
        refusedByField().forEach(fields::put);
        var days = json.putArray("days");
        days().forEach((day, counts) -> {
            ObjectNode row = days.addObject();
            row.put("day", day.toString());
            counts.forEach((kind, n) -> row.put(kind.slug(), n));
        });
        return json;
    }

    private static long count(List<Caught> items) {
        return items.stream().mapToLong(Caught::count).sum();
    }

    private static Map<Catch, Long> zeros() {
        Map<Catch, Long> counts = new EnumMap<>(Catch.class);
        for (Catch kind : Catch.values()) {
            counts.put(kind, 0L);
        }
        return counts;
    }
}
