package dev.b24kit.eval.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One scenario file, parsed: records to create first, tool calls with what each must answer, and the state
 * the records must be left in. Immutable. See docs/eval.md, <em>Scenarios</em>, for the file format.
 *
 * @param name        what the report calls it
 * @param description what it checks, in a sentence (empty when the file has none)
 * @param setup       records created before the steps, by the name steps refer to them ({@code ${deal.id}})
 * @param steps       the tool calls, in order
 * @param state       the records' state after the last step
 * @param feed        how many change-feed entries change tracking must record for a setup record over the steps
 */
public record Scenario(String name, String description, List<Setup> setup, List<Step> steps, List<StateCheck> state,
                       Map<String, Integer> feed) {

    /** The tools that write; a scenario calling one (or creating records) is skipped in a read-only run. */
    public static final Set<String> WRITE_TOOLS = Set.of("create", "update", "move_stage");

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        state = List.copyOf(state);
        feed = Collections.unmodifiableMap(new LinkedHashMap<>(feed));
    }

    /** Whether running it writes to the portal. */
    public boolean writes() {
        return !setup.isEmpty() || steps.stream().anyMatch(s -> WRITE_TOOLS.contains(s.tool()));
    }

    /**
     * A record to create before the steps.
     *
     * @param ref    the name steps refer to ({@code deal} in {@code ${deal.id}})
     * @param entity {@code deal}, {@code contact}, … as the tools take it
     * @param fields label or code → value as people say it
     */
    public record Setup(String ref, String entity, Map<String, JsonNode> fields) {
        public Setup {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /**
     * One tool call and what it must answer.
     *
     * @param number    1-based, as errors and evidence name it
     * @param tool      the tool's name
     * @param arguments the arguments, {@code ${ref.id}} not yet replaced
     * @param receipt   the receipt kind the answer must carry ({@code confirmed}); null for no check
     * @param refused   a fragment the refusal's message must contain; null when the call must not be refused
     * @param accepted  a value the refusal must list as accepted; null for no check
     * @param unchanged whether the record named by the arguments must read the same before and after
     */
    public record Step(int number, String tool, JsonNode arguments, String receipt, String refused, String accepted,
                       boolean unchanged) {
    }

    /**
     * The state a record must be in after the steps.
     *
     * @param ref    a setup record's name
     * @param fields label or code → the value people would read ({@code Сделка успешна}, {@code 5000 RUB})
     */
    public record StateCheck(String ref, Map<String, String> fields) {
        public StateCheck {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }
}
