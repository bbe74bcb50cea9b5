package dev.b24kit.eval.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads scenario files (YAML). Stateless and thread-safe. The format is in docs/eval.md, <em>Scenarios</em>:
 * {@code name}, {@code description}, {@code setup} (name → {@code entity}, {@code fields}), {@code steps}
 * (each {@code tool}, {@code arguments}, {@code expect}) and {@code state} (name → fields).
 */
public final class ScenarioFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> TOP = Set.of("name", "description", "setup", "steps", "state", "feed");
    private static final Set<String> STEP = Set.of("tool", "arguments", "expect");
    private static final Set<String> EXPECT = Set.of("receipt", "refused", "accepted", "unchanged");
    private static final Set<String> SETUP = Set.of("entity", "fields");

    private ScenarioFiles() {
    }

    /**
     * Parses one file's text; {@code file} names it in errors.
     *
     * @throws ScenarioFormatException naming the file, the line or step, and what is accepted
     */
    public static Scenario parse(String file, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml == null ? "" : yaml);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr() + ":";
            throw new ScenarioFormatException(file + ":" + line + " not readable as YAML: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            throw new ScenarioFormatException(file + ": not readable as YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioFormatException(file + ": a scenario is a mapping with the keys " + String.join(", ", sorted(TOP)));
        }
        unknownKeys(file, "the scenario", root, TOP);
        String name = text(file, "name", root.get("name"), true);
        String description = root.has("description") ? text(file, "description", root.get("description"), false) : "";
        List<Scenario.Setup> setup = setup(file, root.get("setup"));
        List<Scenario.Step> steps = steps(file, root.get("steps"));
        List<Scenario.StateCheck> state = state(file, root.get("state"), setup);
        return new Scenario(name, description, setup, steps, state, feed(file, root.get("feed"), setup));
    }

    private static List<Scenario.Setup> setup(String file, JsonNode node) {
        List<Scenario.Setup> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        mapping(file, "setup", node, "a mapping of a name (used as ${name.id}) to {entity, fields}");
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String where = "setup." + e.getKey();
            JsonNode record = e.getValue();
            mapping(file, where, record, "a mapping with entity and fields");
            unknownKeys(file, where, record, SETUP);
            String entity = text(file, where + ".entity", record.get("entity"), true);
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            if (record.has("fields") && !record.get("fields").isNull()) {
                mapping(file, where + ".fields", record.get("fields"), "a mapping of a field's label or code to its value");
                record.get("fields").properties().forEach(f -> fields.put(f.getKey(), f.getValue()));
            }
            out.add(new Scenario.Setup(e.getKey(), entity, fields));
        }
        return out;
    }

    private static List<Scenario.Step> steps(String file, JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new ScenarioFormatException(file + ": steps: a list of at least one step {tool, arguments, expect} is required");
        }
        List<Scenario.Step> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String where = "step " + (i + 1);
            JsonNode step = node.get(i);
            mapping(file, where, step, "a mapping with tool, arguments and expect");
            unknownKeys(file, where, step, STEP);
            String tool = text(file, where + ": tool", step.get("tool"), true);
            JsonNode arguments = step.get("arguments");
            if (arguments == null || arguments.isNull()) {
                arguments = YAML.createObjectNode();
            }
            mapping(file, where + ": arguments", arguments, "a mapping of the tool's arguments");
            JsonNode expect = step.get("expect");
            if (expect == null || expect.isNull()) {
                out.add(new Scenario.Step(i + 1, tool, arguments, null, null, null, false));
                continue;
            }
            mapping(file, where + ": expect", expect, "a mapping with " + String.join(", ", sorted(EXPECT)));
            unknownKeys(file, where + ": expect", expect, EXPECT);
            JsonNode unchanged = expect.get("unchanged");
            if (unchanged != null && !unchanged.isBoolean()) {
                throw new ScenarioFormatException(file + ": " + where + ": expect.unchanged: true or false, not '" + unchanged.asString("") + "'");
            }
            out.add(new Scenario.Step(i + 1, tool, arguments, optional(file, where + ": expect.receipt", expect.get("receipt")),
                    optional(file, where + ": expect.refused", expect.get("refused")),
                    optional(file, where + ": expect.accepted", expect.get("accepted")), unchanged != null && unchanged.asBoolean()));
        }
        return out;
    }

    private static List<Scenario.StateCheck> state(String file, JsonNode node, List<Scenario.Setup> setup) {
        List<Scenario.StateCheck> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        mapping(file, "state", node, "a mapping of a setup record's name to {field: value}");
        List<String> refs = setup.stream().map(Scenario.Setup::ref).toList();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!refs.contains(e.getKey())) {
                throw new ScenarioFormatException(file + ": state." + e.getKey() + ": not a setup record; the setup names: "
                        + (refs.isEmpty() ? "none" : String.join(", ", refs)));
            }
            mapping(file, "state." + e.getKey(), e.getValue(), "a mapping of a field's label or code to the value people read");
            Map<String, String> fields = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> f : e.getValue().properties()) {
                fields.put(f.getKey(), text(file, "state." + e.getKey() + "." + f.getKey(), f.getValue(), true));
            }
            out.add(new Scenario.StateCheck(e.getKey(), fields));
        }
        return out;
    }

    private static Map<String, Integer> feed(String file, JsonNode node, List<Scenario.Setup> setup) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        mapping(file, "feed", node, "a mapping of a setup record's name to the number of change-feed entries");
        List<String> refs = setup.stream().map(Scenario.Setup::ref).toList();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!refs.contains(e.getKey())) {
                throw new ScenarioFormatException(file + ": feed." + e.getKey() + ": not a setup record; the setup names: "
                        + (refs.isEmpty() ? "none" : String.join(", ", refs)));
            }
            if (!e.getValue().isIntegralNumber() || e.getValue().asLong() < 0 || e.getValue().asLong() > 1000) {
                throw new ScenarioFormatException(file + ": feed." + e.getKey() + ": a number of entries from 0 to 1000, not '"
                        + e.getValue() + "'");
            }
            out.put(e.getKey(), e.getValue().asInt());
        }
        return out;
    }

    private static void mapping(String file, String where, JsonNode node, String accepted) {
        if (node == null || !node.isObject()) {
            throw new ScenarioFormatException(file + ": " + where + ": expected " + accepted);
        }
    }

    private static void unknownKeys(String file, String where, JsonNode node, Set<String> accepted) {
        for (String key : node.propertyNames()) {
            if (!accepted.contains(key)) {
                throw new ScenarioFormatException(file + ": " + where + ": unknown key '" + key + "'; accepted: "
                        + String.join(", ", sorted(accepted)));
            }
        }
    }

    private static String text(String file, String where, JsonNode node, boolean required) {
        if (node == null || node.isNull() || node.isContainer()) {
            throw new ScenarioFormatException(file + ": " + where + ": " + (required ? "required, " : "") + "a text is expected");
        }
        String value = node.asString("").strip();
        if (required && value.isEmpty()) {
            throw new ScenarioFormatException(file + ": " + where + ": must not be empty");
        }
        return value;
    }

    private static String optional(String file, String where, JsonNode node) {
        return node == null || node.isNull() ? null : text(file, where, node, true);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
