package dev.b24kit.eval.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.eval.scenario.Scenario;
import dev.b24kit.eval.scenario.ToolCaller;
import dev.b24kit.eval.scenario.ToolResult;
import dev.b24kit.store.changes.FeedEntry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs one scenario through a {@link ToolCaller}: creates its setup records (keyed and titled as the eval's,
 * taken into the sandbox), calls each step with {@code ${name.id}} replaced, checks what each must answer,
 * and reads the records' state at the end. Not thread-safe; one instance per run of a scenario.
 */
final class ScenarioRun {

    private static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z0-9_-]+)\\.id}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ToolCaller tools;
    private final ProbeContext context;
    private final Map<String, Long> ids = new HashMap<>();
    private final Map<String, String> entities = new HashMap<>();
    private final List<String> evidence = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    ScenarioRun(ToolCaller tools, ProbeContext context) {
        this.tools = tools;
        this.context = context;
    }

    Outcome run(Scenario scenario) {
        if (!scenario.description().isEmpty()) {
            evidence.add(scenario.description());
        }
        for (Scenario.Setup setup : scenario.setup()) {
            if (!create(setup)) {
                return Outcome.fail("setup record '" + setup.ref() + "' could not be created", evidence);
            }
        }
        ScenarioFeed feed = scenario.feed().isEmpty() ? null : ScenarioFeed.start(context, entities, ids);
        for (Scenario.Step step : scenario.steps()) {
            step(step);
        }
        for (Scenario.StateCheck check : scenario.state()) {
            state(check);
        }
        scenario.feed().forEach((ref, expected) -> feed(feed, ref, expected));
        return failures.isEmpty()
                ? Outcome.pass("every step answered as expected and the records hold the expected state", evidence)
                : Outcome.fail(String.join("; ", failures), evidence);
    }

    private boolean create(Scenario.Setup setup) {
        ObjectNode fields = JSON.objectNode();
        setup.fields().forEach(fields::set);
        if (fields.propertyNames().stream().noneMatch(n -> n.equalsIgnoreCase("title") || n.equalsIgnoreCase("name"))) {
            String title = "b24kit eval scenario " + context.runId() + " " + setup.ref() + " (removed when the eval ends)";
            fields.put("contact".equalsIgnoreCase(setup.entity()) ? "NAME" : "TITLE", title);
        }
        ObjectNode args = JSON.objectNode().put("entity", setup.entity()).put("key", context.sandbox().key("scenario"))
                .put("reason", "integration eval scenario setup");
        args.set("fields", fields);
        ToolResult result = tools.call("create", args);
        long id = result.content().path("receipt").path("recordId").asLong(0);
        evidence.add("setup " + setup.ref() + ": create " + setup.entity() + " → " + summary(result));
        if (result.error() || id <= 0) {
            return false;
        }
        context.sandbox().adopt(context.catalog().entity(setup.entity()), id);
        ids.put(setup.ref(), id);
        entities.put(setup.ref(), setup.entity());
        evidence.add("setup " + setup.ref() + " is " + setup.entity() + " " + id);
        return true;
    }

    private void step(Scenario.Step step) {
        JsonNode args = resolve(step.arguments());
        String where = "step " + step.number() + " (" + step.tool() + ")";
        JsonNode before = step.unchanged() ? read(args) : null;
        ToolResult result;
        try {
            result = tools.call(step.tool(), args);
        } catch (IllegalArgumentException e) {
            failures.add(where + ": " + e.getMessage());
            evidence.add(where + " " + args + " → " + e.getMessage());
            return;
        }
        evidence.add(where + " " + args + " → " + summary(result));
        adoptCreated(step, args, result);
        String kind = result.content().path("receipt").path("kind").asString("");
        if (step.receipt() != null && !step.receipt().equalsIgnoreCase(kind)) {
            failures.add(where + ": expected a " + step.receipt() + " receipt, got " + (kind.isEmpty() ? summary(result) : kind));
        }
        JsonNode refused = result.content().path("refused");
        if (step.refused() != null) {
            String message = refused.path("message").asString("");
            if (!result.error() || !message.toLowerCase().contains(step.refused().toLowerCase())) {
                failures.add(where + ": expected a refusal saying '" + step.refused() + "', got " + summary(result));
            }
        } else if (result.error() && step.receipt() == null) {
            failures.add(where + ": refused unexpectedly: " + summary(result));
        }
        if (step.accepted() != null && !refused.path("accepted").toString().toLowerCase().contains(step.accepted().toLowerCase())) {
            failures.add(where + ": the refusal does not list '" + step.accepted() + "' as accepted: " + refused.path("accepted"));
        }
        if (before != null) {
            JsonNode after = read(args);
            evidence.add(where + ": the record " + (before.equals(after) ? "reads the same after the call" : "changed: " + after));
            if (!before.equals(after)) {
                failures.add(where + ": the record changed although it should not have");
            }
        }
    }

    private void adoptCreated(Scenario.Step step, JsonNode args, ToolResult result) {
        long id = result.content().path("receipt").path("recordId").asLong(0);
        if ("create".equals(step.tool()) && id > 0 && args.has("entity")) {
            context.sandbox().adopt(context.catalog().entity(args.get("entity").asString()), id);
        }
    }

    private void state(Scenario.StateCheck check) {
        ObjectNode args = JSON.objectNode().put("entity", entities.get(check.ref())).put("id", ids.get(check.ref()));
        JsonNode record = read(args);
        var schema = context.catalog().schema(context.catalog().entity(entities.get(check.ref())));
        for (Map.Entry<String, String> expected : check.fields().entrySet()) {
            // the field by any of its labels or codes, as the tools resolve it
            String code = schema.find(expected.getKey()).map(f -> f.upper()).orElse(expected.getKey());
            String seen = FieldValue.find(record, code);
            if (FieldValue.MONEY.matcher(expected.getValue().strip()).matches()) {
                seen += " " + FieldValue.find(record, "CURRENCY_ID");
            }
            boolean ok = FieldValue.matches(record, code, expected.getValue());
            evidence.add("state " + check.ref() + ": " + expected.getKey() + " = " + seen + (ok ? " (as expected)"
                    : " (expected " + expected.getValue() + ")"));
            if (!ok) {
                failures.add(check.ref() + "." + expected.getKey() + " is " + seen + ", expected " + expected.getValue());
            }
        }
    }

    private void feed(ScenarioFeed feed, String ref, int expected) {
        List<FeedEntry> entries = feed.entriesSinceStart(ref);
        for (FeedEntry entry : entries) {
            evidence.add("feed " + ref + ": #" + entry.seq() + " " + entry.kind() + " " + entry.changes());
        }
        evidence.add("feed " + ref + ": " + entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies") + " since the setup"
                + (entries.size() == expected ? " (as expected)" : " (expected " + expected + ")"));
        if (entries.size() != expected) {
            failures.add("the change feed has " + entries.size() + " entr" + (entries.size() == 1 ? "y" : "ies") + " for "
                    + ref + ", expected " + expected);
        }
    }

    /** The record named by {@code args}' entity and id, through the {@code get} tool; an empty object when absent. */
    private JsonNode read(JsonNode args) {
        ObjectNode get = JSON.objectNode();
        get.set("entity", args.path("entity"));
        get.set("id", args.path("id"));
        ToolResult result = tools.call("get", get);
        return result.error() ? JSON.objectNode() : result.content().path("record");
    }

    private JsonNode resolve(JsonNode node) {
        if (node.isString()) {
            Matcher m = REF.matcher(node.asString());
            if (m.matches()) {
                Long id = ids.get(m.group(1));
                if (id == null) {
                    throw new IllegalStateException("${" + m.group(1) + ".id} names no setup record; the setup names: " + ids.keySet());
                }
                return JSON.numberNode(id);
            }
            return node;
        }
        if (node.isObject()) {
            ObjectNode out = JSON.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), resolve(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = JSON.arrayNode();
            node.forEach(n -> out.add(resolve(n)));
            return out;
        }
        return node;
    }

    private static String summary(ToolResult result) {
        String s = result.content().path("summary").asString("");
        return (result.error() ? "refused: " : "") + (s.isEmpty() ? result.content().toString() : s.replaceFirst("^refused: ", ""));
    }
}
