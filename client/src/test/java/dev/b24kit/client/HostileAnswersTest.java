package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.sun.net.httpserver.HttpServer;

import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;

/**
 * Seeded fuzzing of what a portal (or a proxy in front of it) may answer: malformed and truncated JSON,
 * members of the wrong type, PHP-isms, HTML pages, empty bodies, under every status. Whatever arrives,
 * the caller gets a result or a {@link Bitrix24Exception}, never another exception and never a hang
 * (the timeout guards against a hang; it is not a speed goal).
 */
class HostileAnswersTest {

    private static final long SEED = 20261130L;
    private static final int CASES = 150;
    private static final int[] STATUSES = {200, 200, 200, 400, 401, 403, 404, 429, 500, 502, 503, 504};

    /** Answers requests from a script; once the script is spent, an empty last page. */
    private static final class ScriptedPortal implements AutoCloseable {
        record Reply(int status, String contentType, byte[] body) {
        }

        private final HttpServer server;
        private final Deque<Reply> script = new ArrayDeque<>();

        ScriptedPortal() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                Reply reply;
                synchronized (script) {
                    reply = script.isEmpty() ? new Reply(200, "application/json",
                            "{\"result\":[],\"total\":0,\"time\":{}}".getBytes(StandardCharsets.UTF_8)) : script.poll();
                }
                exchange.getResponseHeaders().set("Content-Type", reply.contentType());
                exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
                try (var out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            });
            server.start();
        }

        String webhook() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/rest/1/hostileSecret9x/";
        }

        void play(List<Reply> replies) {
            synchronized (script) {
                script.clear();
                script.addAll(replies);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private ScriptedPortal portal;
    private Bitrix24Client client;

    @BeforeEach
    void start() throws IOException {
        portal = new ScriptedPortal();
        // waits (retries, an operating budget a hostile answer says is spent) pass at once on a clock of their own
        AtomicLong waited = new AtomicLong();
        Instant start = Instant.now();
        InstantSource clock = () -> start.plusNanos(waited.get());
        Sleeper advance = duration -> waited.addAndGet(duration.toNanos());
        client = Bitrix24Client.builder(Credentials.webhook(portal.webhook()))
                .time(clock, advance)
                .rateLimiter(RateLimiter.local(new PlanLimits(100_000, 100_000), clock, advance))
                .requestTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        portal.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void whateverThePortalAnswersTheCallerGetsAResultOrABitrix24Exception() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> surprises = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int kind = i % 3;
            List<ScriptedPortal.Reply> replies = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                replies.add(hostile(random, kind));
            }
            portal.play(replies);
            try {
                switch (kind) {
                    case 0 -> client.call("crm.deal.get", Params.of("id", 1));
                    case 1 -> client.list("crm.deal.list", ListQuery.builder().select("ID", "TITLE").build()).count();
                    default -> client.batch(Batch.builder().add("a", "crm.deal.get", Params.of("id", 1))
                            .add("b", "crm.deal.list", Params.empty()).build());
                }
            } catch (Bitrix24Exception expected) {
                assertThat(expected.getMessage()).doesNotContain("hostileSecret9x");
            } catch (RuntimeException surprise) {
                surprises.add("case " + i + " (" + replies.getFirst().status() + " "
                        + new String(replies.getFirst().body(), StandardCharsets.UTF_8) + "): " + surprise);
            }
        }
        assertThat(surprises).isEmpty();
    }

    private static ScriptedPortal.Reply hostile(SplittableRandom random, int kind) {
        int status = STATUSES[random.nextInt(STATUSES.length)];
        String body = switch (random.nextInt(8)) {
            case 0 -> truncate(random, valid(random, kind));
            case 1 -> mutate(random, valid(random, kind));
            case 2 -> mutate(random, mutate(random, valid(random, kind)));
            case 3 -> "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
            case 4 -> "{\"error\":" + anyValue(random) + ",\"error_description\":" + anyValue(random) + "}";
            case 5 -> randomText(random);
            case 6 -> "[".repeat(random.nextInt(1, 3000));
            default -> valid(random, kind);
        };
        String type = random.nextInt(5) == 0 ? "text/html" : "application/json";
        return new ScriptedPortal.Reply(status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String valid(SplittableRandom random, int kind) {
        String time = "{\"start\":1768456800.1,\"finish\":1768456800.2,\"duration\":0.1,\"processing\":0,"
                + "\"operating\":" + random.nextInt(0, 500) + ",\"operating_reset_at\":1768457400}";
        return switch (kind) {
            case 0 -> "{\"result\":{\"ID\":\"1\",\"TITLE\":\"A\",\"OPPORTUNITY\":\"10.00\"},\"time\":" + time + "}";
            case 1 -> "{\"result\":[{\"ID\":\"1\",\"TITLE\":\"A\"},{\"ID\":\"2\",\"TITLE\":\"B\"}],\"total\":"
                    + random.nextInt(-5, 200) + ",\"next\":" + random.nextInt(-5, 200) + ",\"time\":" + time + "}";
            default -> "{\"result\":{\"result\":{\"a\":{\"ID\":\"1\"},\"b\":[]},\"result_error\":[],\"result_total\":"
                    + "{\"b\":0},\"result_next\":[],\"result_time\":{\"a\":" + time + "}},\"time\":" + time + "}";
        };
    }

    /** Replaces one value of the JSON text (after a random colon) with a value of any type. */
    private static String mutate(SplittableRandom random, String json) {
        List<Integer> colons = new ArrayList<>();
        for (int i = 0; i < json.length(); i++) {
            if (json.charAt(i) == ':') {
                colons.add(i);
            }
        }
        int at = colons.get(random.nextInt(colons.size())) + 1;
        int end = valueEnd(json, at);
        return json.substring(0, at) + anyValue(random) + json.substring(end);
    }

    private static int valueEnd(String json, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && depth-- == 0 || c == ',' && depth == 0) {
                return i;
            }
        }
        return json.length();
    }

    private static String anyValue(SplittableRandom random) {
        return switch (random.nextInt(12)) {
            case 0 -> "null";
            case 1 -> "[]";
            case 2 -> "{}";
            case 3 -> "\"\"";
            case 4 -> "\"Y\"";
            case 5 -> "true";
            case 6 -> Long.toString(random.nextLong());
            case 7 -> "1e400";
            case 8 -> "\"" + random.nextInt() + "\"";
            case 9 -> "[{\"ID\":null},\"x\",[[]]]";
            case 10 -> "{\"error\":\"QUERY_LIMIT_EXCEEDED\"}";
            default -> "-0.5";
        };
    }

    private static String truncate(SplittableRandom random, String json) {
        return json.substring(0, random.nextInt(json.length()));
    }

    private static String randomText(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(0, 200);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(1, 0x2FFF));
        }
        return text.toString();
    }
}
