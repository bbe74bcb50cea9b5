package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.gateway.tools.Caller;
import dev.b24kit.gateway.tools.ToolResult;
import dev.b24kit.testportal.RecordedCall;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded garbage arguments for every tool (and tools that do not exist), on a live portal: each call answers a
 * result or a refusal, never throws; a refused call sent no write to the portal.
 */
class ToolArgumentsFuzzTest {

    private static final String[] TOOLS = {"describe_entity", "search", "get", "create", "update", "move_stage",
        "changes_since", "proposal_status", "delete", "", "SEARCH", "get\u0000"};
    private static final String[] KEYS = {"entity", "id", "fields", "key", "reason", "filter", "select", "order", "limit",
        "cursor", "stage", "", "ENTITY", "id ", "\u0000", "Название"};
    private static final String[] TEXTS = {"deal", "lead", "contact", "company", "item:0", "item:-5", "item:99999",
        "Договоры", "", " ", "\u0000", "Сделка успешна", "NEW", "C1:WON", "Стадия сделки", ">=OPPORTUNITY", "Сумма >=",
        "TITLE", "%", "1e309", "-1", "9223372036854775808", "<script>", "😀", "null", "{\"a\":1}", "ID", "DESC"};

    private final Caller agent = new Caller("fuzz-bot", "fuzz");
    @AutoClose
    private final GatewayPortal portal = new GatewayPortal();

    @BeforeEach
    void live() {
        portal.goLive();
    }

    @Test
    void garbageArgumentsAnswerAResultOrARefusalAndARefusedCallWritesNothing() {
        SplittableRandom random = new SplittableRandom(2026);
        List<String> surprises = new ArrayList<>();
        int refused = 0;
        int answered = 0;
        for (int i = 0; i < 1_500; i++) {
            String tool = TOOLS[random.nextInt(TOOLS.length)];
            JsonNode arguments = random.nextInt(10) == 0 ? value(random, 0) : object(random, 0);
            long before = lastCall();
            try {
                ToolResult result = portal.tools().call(tool, arguments, agent);
                if (!result.json().hasNonNull("summary")) {
                    surprises.add("no summary: " + tool + " " + arguments);
                }
                if (result.refused()) {
                    refused++;
                } else {
                    answered++;
                }
                if (result.refused() && writesSince(before) > 0) {
                    surprises.add("refused but wrote: " + tool + " " + arguments);
                }
            } catch (RuntimeException e) {
                surprises.add(e + " for " + tool + " " + arguments);
            }
        }
        assertThat(surprises).isEmpty();
        assertThat(refused).as("garbage is refused").isGreaterThan(1_000);
        assertThat(answered).as("some garbage is still a valid call (a search, a get)").isPositive();
    }

    private static ObjectNode object(SplittableRandom random, int depth) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        int members = random.nextInt(0, 6);
        for (int m = 0; m < members; m++) {
            node.set(KEYS[random.nextInt(KEYS.length)], value(random, depth + 1));
        }
        return node;
    }

    private static JsonNode value(SplittableRandom random, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(depth > 2 ? 6 : 8)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(random.nextInt(-3, 60));
            case 2 -> f.numberNode(random.nextBoolean() ? Long.MAX_VALUE : -0.5);
            case 3 -> f.booleanNode(random.nextBoolean());
            case 4, 5 -> f.stringNode(TEXTS[random.nextInt(TEXTS.length)]
                    + (random.nextInt(8) == 0 ? "x".repeat(random.nextInt(1, 5_000)) : ""));
            case 6 -> object(random, depth);
            default -> {
                ArrayNode array = f.arrayNode();
                for (int i = random.nextInt(0, 4); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private long lastCall() {
        List<RecordedCall> calls = portal.portal.calls(0, Integer.MAX_VALUE);
        return calls.isEmpty() ? 0 : calls.getLast().sequence();
    }

    private long writesSince(long sequence) {
        return portal.portal.calls(sequence, Integer.MAX_VALUE).stream()
                .filter(c -> c.method().matches("crm\\..*\\.(add|update|delete)")).count();
    }
}
