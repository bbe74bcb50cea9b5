package dev.b24kit.eval;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Set;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.eval.scenario.ToolCaller;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.store.Store;

/**
 * What an eval run needs. Immutable; start from {@link #of} and change what you need with the
 * {@code with…} methods. The store is the caller's to close.
 *
 * @param webhookUrl the portal's incoming-webhook URL; holds a secret, which no output of the eval shows
 * @param plan       the plan the client mirrors (and the limits probe bursts past)
 * @param store      the store of verified writes' journal and of change tracking
 * @param portal     the portal's origin as the store names it ({@code https://host[:port]})
 * @param fieldMap   the integration's field map; null skips the field-map and round-trip probes
 * @param previous   the field map's resolution in the last run ({@link MapResolution#NONE} when unknown)
 * @param readOnly   true on a production portal: every probe that would write is skipped, nothing is written
 * @param events     how the events probe watches the feed
 * @param scenarios  the folder of scenario files; null for none
 * @param tools      how a scenario step calls a tool; null for the gateway's tool layer over the portal under test
 * @param burst      calls in the limits probe's burst; 0 for the plan's burst plus ten (at most 260)
 * @param clock      the clock of durations and telemetry
 * @param probes     the numbers of the probes to run (1 to 9); empty for all
 */
public record EvalConfig(String webhookUrl, PlanLimits plan, Store store, String portal, FieldMap fieldMap,
                         MapResolution previous, boolean readOnly, EventWatch events, Path scenarios, ToolCaller tools,
                         int burst, InstantSource clock, Set<Integer> probes) {

    public EvalConfig {
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(clock, "clock");
        probes = Set.copyOf(Objects.requireNonNull(probes, "probes"));
        if (probes.stream().anyMatch(n -> n < 1 || n > 9)) {
            throw new IllegalArgumentException("probes are numbered 1 to 9, got " + new java.util.TreeSet<>(probes));
        }
        if (burst < 0) {
            throw new IllegalArgumentException("burst must be 0 (the plan's burst plus ten) or more, got " + burst);
        }
    }

    /** The standard plan, no field map, writes on, events watched automatically, the system clock. */
    public static EvalConfig of(String webhookUrl, Store store, String portal) {
        return new EvalConfig(webhookUrl, PlanLimits.STANDARD, store, portal, null, MapResolution.NONE, false,
                EventWatch.automatic(), null, null, 0, InstantSource.system(), Set.of());
    }

    /**
     * The field map {@code b24kit eval} uses on the embedded test portal when none is given: the seeded deal and
     * contact fields (enumerations with their items, a stage in the second pipeline, money, dates, flags).
     */
    public static FieldMap testPortalMap() {
        try (java.io.InputStream in = EvalConfig.class.getResourceAsStream("test-portal-map.yaml")) {
            return FieldMap.parse(new String(java.util.Objects.requireNonNull(in, "test-portal-map.yaml").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The example scenarios shipped with the eval (eval/scenarios in the source tree), by file name. */
    public static final java.util.List<String> EXAMPLE_SCENARIOS = java.util.List.of("won-deal.yaml", "unknown-enum-value.yaml");

    /**
     * Writes the {@linkplain #EXAMPLE_SCENARIOS shipped example scenarios} into {@code folder} (which must exist) and
     * answers it; they suit the embedded test portal (its labels and pipelines).
     *
     * @throws java.io.UncheckedIOException when a file cannot be written
     */
    public static Path exampleScenarios(Path folder) {
        for (String name : EXAMPLE_SCENARIOS) {
            try (java.io.InputStream in = EvalConfig.class.getResourceAsStream("scenarios/" + name)) {
                java.nio.file.Files.write(folder.resolve(name), java.util.Objects.requireNonNull(in, name).readAllBytes());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return folder;
    }

    public EvalConfig withPlan(PlanLimits value) {
        return new EvalConfig(webhookUrl, value, store, portal, fieldMap, previous, readOnly, events, scenarios, tools, burst, clock, probes);
    }

    /** With a field map, and how it resolved last time. */
    public EvalConfig withFieldMap(FieldMap value, MapResolution last) {
        return new EvalConfig(webhookUrl, plan, store, portal, value, last, readOnly, events, scenarios, tools, burst, clock, probes);
    }

    public EvalConfig withReadOnly(boolean value) {
        return new EvalConfig(webhookUrl, plan, store, portal, fieldMap, previous, value, events, scenarios, tools, burst, clock, probes);
    }

    public EvalConfig withEvents(EventWatch value) {
        return new EvalConfig(webhookUrl, plan, store, portal, fieldMap, previous, readOnly, value, scenarios, tools, burst, clock, probes);
    }

    /** With scenarios from {@code folder}, run through {@code caller} (null: the gateway's tools over the portal under test). */
    public EvalConfig withScenarios(Path folder, ToolCaller caller) {
        return new EvalConfig(webhookUrl, plan, store, portal, fieldMap, previous, readOnly, events, folder, caller, burst, clock, probes);
    }

    public EvalConfig withBurst(int value) {
        return new EvalConfig(webhookUrl, plan, store, portal, fieldMap, previous, readOnly, events, scenarios, tools, value, clock, probes);
    }

    /** Only the probes numbered {@code numbers} (1 to 9); none given runs them all. */
    public EvalConfig withProbes(Set<Integer> numbers) {
        return new EvalConfig(webhookUrl, plan, store, portal, fieldMap, previous, readOnly, events, scenarios, tools, burst,
                clock, numbers);
    }

    /** Never shows the webhook URL: it holds the secret. */
    @Override
    public String toString() {
        return "EvalConfig[portal=" + portal + ", readOnly=" + readOnly + ", fieldMap=" + (fieldMap != null) + ", events="
                + events + "]";
    }
}
