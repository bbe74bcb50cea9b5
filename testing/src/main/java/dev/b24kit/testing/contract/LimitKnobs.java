package dev.b24kit.testing.contract;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * The test portal's admin endpoints for limits and time ({@code /_testportal/limits}, {@code operating},
 * {@code cost}, {@code latency}, {@code cut-off}, {@code silent-drops}, {@code calls}), for contract
 * tests that set up a condition and put everything back afterwards. Plain HTTP; thread-safe.
 */
final class LimitKnobs {

    private static final List<String> SETTINGS = List.of("limits", "operating", "cost", "latency", "cut-off",
            "silent-drops");

    private final URI admin;
    private final RawPortal http;

    LimitKnobs(URI admin) {
        this.admin = admin;
        this.http = new RawPortal(admin);
    }

    /** The settings of every endpoint, to {@link #restore} later. */
    record Snapshot(Map<String, JsonNode> views) {
    }

    RawPortal.Reply get(String endpoint) {
        return http.send(HttpRequest.newBuilder(admin.resolve(endpoint)).GET());
    }

    /** GET with a raw query string (the call log's {@code after}/{@code limit}, or a refused change). */
    RawPortal.Reply get(String endpoint, String query) {
        return http.send(HttpRequest.newBuilder(admin.resolve(endpoint + "?" + query)).GET());
    }

    /** POST {@code name=value} pairs as a form; values are URL-encoded here. */
    RawPortal.Reply post(String endpoint, String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(encode(namesAndValues[i]) + "=" + encode(namesAndValues[i + 1]));
        }
        return http.send(HttpRequest.newBuilder(admin.resolve(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs), StandardCharsets.UTF_8)));
    }

    /** POST that must succeed; answers the new settings. */
    JsonNode set(String endpoint, String... namesAndValues) {
        RawPortal.Reply reply = post(endpoint, namesAndValues);
        if (reply.status() != 200) {
            throw new IllegalStateException("admin " + endpoint + " refused: " + reply.body());
        }
        return reply.json();
    }

    /** Sets the latency {@code mode} and a free cost model in which {@code coefficient} costs {@code seconds}. */
    void price(String mode, String coefficient, String seconds) {
        set("latency", "mode", mode);
        set("cost", "model", "free", coefficient, seconds);
    }

    /** The sequence of the last call the portal logged. */
    long lastSequence() {
        return get("state").json().get("calls").asLong();
    }

    /** The batch commands logged after {@code after}, in sequence order. */
    List<JsonNode> batchCommands(long after) {
        List<JsonNode> commands = new ArrayList<>();
        for (JsonNode entry : get("calls", "after=" + after + "&limit=1000").json()) {
            if (entry.get("batchOf").asLong() != 0) {
                commands.add(entry);
            }
        }
        return commands;
    }

    Snapshot snapshot() {
        Map<String, JsonNode> views = new java.util.LinkedHashMap<>();
        for (String endpoint : SETTINGS) {
            views.put(endpoint, get(endpoint).json());
        }
        return new Snapshot(views);
    }

    /** Puts every setting back as snapshotted, and empties the bucket and the operating budgets. */
    void restore(Snapshot snapshot) {
        JsonNode limits = snapshot.views().get("limits");
        set("limits", "plan", limits.get("plan").asString(), "countRejected", limits.get("countRejected").asString(),
                "resetBucket", "true");
        JsonNode operating = snapshot.views().get("operating");
        set("operating", "limitSeconds", operating.get("limitSeconds").asString(), "enabled",
                operating.get("enabled").asString(), "reset", "true");
        List<String> cost = new ArrayList<>();
        snapshot.views().get("cost").properties().forEach(e -> {
            cost.add(e.getKey());
            cost.add(e.getValue().asString());
        });
        set("cost", cost.toArray(String[]::new));
        set("latency", "mode", snapshot.views().get("latency").get("mode").asString());
        JsonNode cutOff = snapshot.views().get("cut-off");
        set("cut-off", "enabled", cutOff.get("enabled").asString(),
                "afterSeconds", cutOff.get("afterSeconds").asString());
        List<String> drops = new ArrayList<>();
        snapshot.views().get("silent-drops").properties().forEach(e -> {
            drops.add(e.getKey());
            drops.add(e.getValue().asString());
        });
        set("silent-drops", drops.toArray(String[]::new));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
