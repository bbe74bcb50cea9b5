package dev.b24kit.bench.agentday;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One agent: an MCP client over Streamable HTTP that issues seeded operations until the day's count is
 * reached. Each session creates its own deals (a key per create) and is the only one to change them, so
 * the values its confirmed receipts promise can be checked against the portal at the end. A call that gets
 * no answer (its gateway was killed) is issued again on a new connection, with the same key; an
 * {@code unknown} receipt is followed by the same call, which must resolve it.
 *
 * <p>Not thread-safe: one thread runs it.
 */
final class AgentSession implements Runnable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> STAGES = List.of("NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE");
    private static final int MAX_ATTEMPTS = 12;

    private final int index;
    private final URI gateway;
    private final String token;
    private final DayConfig config;
    private final Ledger ledger;
    private final Random random;
    private final List<Ledger.Owned> mine = new ArrayList<>();
    private final Map<Long, Integer> versions = new ConcurrentHashMap<>();
    private McpSyncClient client;
    private String feedCursor;
    private int creates;

    AgentSession(int index, URI gateway, String token, DayConfig config, Ledger ledger) {
        this.index = index;
        this.gateway = gateway;
        this.token = token;
        this.config = config;
        this.ledger = ledger;
        this.random = new Random(config.seed() * 31 + index);
    }

    @Override
    public void run() {
        try {
            int number;
            while ((number = ledger.issued.getAndIncrement()) < config.operations()) {
                operate(number);
            }
        } finally {
            if (client != null) {
                client.closeGracefully();
            }
        }
    }

    private void operate(int number) {
        int draw = random.nextInt(100);
        Ledger.Owned target = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
        if (target == null || draw < 15) {
            String key = "agentday-" + config.seed() + "-s" + index + "-" + (++creates);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("TITLE", "agentday " + key);
            fields.put("OPPORTUNITY", String.valueOf(100 + random.nextInt(100_000)));
            Map<String, Object> args = Map.of("entity", "deal", "fields", fields, "key", key, "reason", "agent day create");
            Answer answer = issue(number, "create", args, key, 0);
            if (answer.confirmed()) {
                Ledger.Owned owned = new Ledger.Owned(key, answer.json().get("receipt").get("recordId").asLong(),
                        new ConcurrentHashMap<>(fields));
                owned.expected().put("STAGE_ID", "NEW");
                mine.add(owned);
                ledger.owned.put(key, owned);
            }
        } else if (draw < 30) {
            int version = versions.merge(target.recordId(), 1, Integer::sum);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("TITLE", "agentday " + target.key() + " v" + version);
            fields.put("OPPORTUNITY", String.valueOf(100 + random.nextInt(100_000)));
            Answer answer = issue(number, "update", Map.of("entity", "deal", "id", target.recordId(), "fields", fields,
                    "reason", "agent day update"), target.key(), target.recordId());
            promise(target, fields, answer);
        } else if (draw < 40) {
            String stage = STAGES.get(random.nextInt(STAGES.size()));
            Answer answer = issue(number, "move_stage", Map.of("entity", "deal", "id", target.recordId(), "stage", stage,
                    "reason", "agent day stage"), target.key(), target.recordId());
            promise(target, Map.of("STAGE_ID", stage), answer);
        } else if (draw < 70) {
            Map<String, Object> filter = Map.of("OPPORTUNITY >=", random.nextInt(100_000));
            issue(number, "search", Map.of("entity", "deal", "filter", filter, "limit", 10), null, 0);
        } else if (draw < 95) {
            long id = random.nextInt(3) == 0 ? 1 + random.nextInt(50) : target.recordId();
            issue(number, "get", Map.of("entity", "deal", "id", id), null, id);
        } else {
            Map<String, Object> args = new LinkedHashMap<>(Map.of("entity", "deal", "limit", 50));
            if (feedCursor != null) {
                args.put("cursor", feedCursor);
            }
            Answer answer = issue(number, "changes_since", args, null, 0);
            if (answer.json() != null && answer.json().hasNonNull("cursor")) {
                feedCursor = answer.json().get("cursor").asString();
            }
        }
    }

    /** What the last confirmed write promises; a drifted or unresolved write promises nothing about its fields. */
    private static void promise(Ledger.Owned target, Map<String, String> fields, Answer answer) {
        if (answer.confirmed()) {
            target.expected().putAll(fields);
        } else if (!answer.outcome().equals("receipt:refused") && !answer.outcome().equals("refused")) {
            fields.keySet().forEach(target.expected()::remove);
        }
    }

    private record Answer(String outcome, JsonNode json) {
        boolean confirmed() {
            return outcome.equals("receipt:confirmed") || outcome.equals("receipt:adopted");
        }
    }

    private Answer issue(int number, String tool, Map<String, Object> args, String key, long recordId) {
        Instant started = Instant.now();
        int attempts = 0;
        int interrupted = 0;
        int unknowns = 0;
        boolean limitCodes = false;
        String detail = null;
        while (attempts < MAX_ATTEMPTS) {
            attempts++;
            McpSchema.CallToolResult result;
            Instant attemptStart = Instant.now();
            try {
                result = connected().callTool(new McpSchema.CallToolRequest(tool, args));
            } catch (RuntimeException e) {
                interrupted++;
                detail = "attempt " + attempts + " after " + Duration.between(attemptStart, Instant.now()).toMillis()
                        + " ms: " + describe(e);
                disconnect();
                continue;
            }
            String text = JSON.writeValueAsString(result);
            limitCodes |= text.contains("QUERY_LIMIT_EXCEEDED") || text.contains("OPERATION_TIME_LIMIT");
            JsonNode json = JSON.valueToTree(result.structuredContent());
            String outcome = outcome(result, json);
            if (outcome.equals("receipt:unknown")) {
                unknowns++;
                detail = json.path("summary").asString("");
                backOff(unknowns); // as the receipt says: try again later (an attempt cut by a kill is in flight for a while)
                continue;
            }
            if (outcome.equals("refused")) {
                detail = json.path("refused").path("message").asString("");
                if (transientRefusal(detail)) {
                    continue;
                }
            }
            ledger.record(new Ledger.Operation(index, number, tool, key, recordId, started, Instant.now(), outcome,
                    attempts, interrupted, unknowns, limitCodes, detail));
            return new Answer(outcome, json);
        }
        ledger.record(new Ledger.Operation(index, number, tool, key, recordId, started, Instant.now(),
                unknowns > 0 ? "receipt:unknown" : "failed", attempts, interrupted, unknowns, limitCodes, detail));
        return new Answer("failed", null);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 300; t = t.getCause()) {
            text.append(text.isEmpty() ? "" : " ← ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.length() > 300 ? text.substring(0, 300) : text.toString();
    }

    private static String outcome(McpSchema.CallToolResult result, JsonNode json) {
        if (json != null && json.has("receipt")) {
            return "receipt:" + json.get("receipt").path("kind").asString("?");
        }
        return Boolean.TRUE.equals(result.isError()) ? "refused" : "result";
    }

    /** A refusal because the portal or the shared bucket failed for the moment: the agent tries again. */
    private static boolean transientRefusal(String message) {
        String m = message.toLowerCase(java.util.Locale.ROOT);
        return m.contains("portal") && (m.contains("fail") || m.contains("unavailable") || m.contains("not reachable"))
                || m.contains("bucket") || m.contains("store");
    }

    private McpSyncClient connected() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (client == null) {
            McpSyncClient candidate = McpClient.sync(HttpClientStreamableHttpTransport.builder(gateway.toString())
                            .endpoint("/mcp")
                            .httpRequestCustomizer((b, method, u, body, context) -> b.header("Authorization", "Bearer " + token))
                            .build())
                    .clientInfo(new McpSchema.Implementation("agent-" + index, "1.0"))
                    .requestTimeout(Duration.ofMinutes(3)).build();
            try {
                candidate.initialize();
                client = candidate;
            } catch (RuntimeException e) {
                candidate.close();
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("agent " + index + " could not reach its gateway for 5 minutes", e);
                }
                pause();
            }
        }
        return client;
    }

    private void disconnect() {
        if (client != null) {
            client.close();
            client = null;
        }
        pause();
    }

    /** 5 s, 10 s, 20 s, then 40 s between attempts that answered unknown. */
    private static void backOff(int unknowns) {
        try {
            Thread.sleep(5_000L << Math.min(3, unknowns - 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
