package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import tools.jackson.databind.JsonNode;

/**
 * Time as a cloud portal spends it (§4.2, §4.3, §5.2), in real-time latency: a call's modelled time
 * passes before it is charged to its method's operating budget, the commands of a batch run one after
 * another in time and are each checked when they begin, and the front end cuts a request off when it
 * runs too long. The test portal's operating limit, cost model and cut-off are lowered through its
 * admin API so each test takes a few seconds; against a live portal these tests are skipped. (That
 * a top-level call crossing the budget completes, in real-time latency too, is in {@link LimitsContract}.)
 *
 * <p>No assertion here is on elapsed time. Where real time makes the interleaving of parallel
 * requests vary, the assertions are the ones every interleaving satisfies; the one assumption is that
 * a request's first command begins within a second or so of its sending (the margin each bound
 * leaves). The exact lock-step version of the parallel case is {@code BatchTimelineTest} in the test
 * portal's own tests.
 */
@Timeout(60)
public abstract class OperatingTimeContract extends RestoresLimits {

    private static final double PAGE_SECONDS = 0.5;
    private static final int PAGES = 6;

    @Test
    void twoParallelBatchesOfCountedPagesAreBothRefusedFromTheCommandsThatBeganAfterTheBudgetRanOut()
            throws Exception {
        LimitKnobs admin = admin();
        admin.price("realtime", "baseRead", Double.toString(PAGE_SECONDS));
        admin.set("operating", "limitSeconds", "1.8", "enabled", "true", "reset", "true"); // the 4th page crosses it
        long before = admin.lastSequence();
        String countedPages = IntStream.range(0, PAGES)
                .mapToObj(i -> "\"crm.deal.list?select[0]=ID&order[ID]=ASC&start=" + i * 50 + "\"")
                .collect(Collectors.joining(",", "{\"cmd\":[", "]}"));

        List<RawPortal.Reply> replies = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<RawPortal.Reply> first = pool.submit(() -> portal().postJson("batch", countedPages));
            Future<RawPortal.Reply> second = pool.submit(() -> portal().postJson("batch", countedPages));
            replies.add(first.get());
            replies.add(second.get());
        }

        int ran = 0;
        for (RawPortal.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode result = reply.result();
            int completed = result.get("result").size();
            assertThat(result.get("result").isArray()).as("the pages that ran are the first ones").isTrue();
            assertThat(completed).as("each batch ran some pages").isBetween(1, PAGES - 1);
            assertThat(result.get("result_error").propertyNames()).as("and was refused the rest")
                    .containsExactlyElementsOf(IntStream.range(completed, PAGES).mapToObj(Integer::toString).toList());
            result.get("result_error").forEach(error ->
                    assertThat(error.get("error").asString()).isEqualTo("OPERATION_TIME_LIMIT"));
            ran += completed;
        }
        // four pages reach 1.8 s; the other batch's page already running then completes too
        assertThat(ran).isBetween(4, 5);
        assertThat(operatingOf(admin, "crm.deal.list")).isEqualTo(ran * PAGE_SECONDS);
        List<JsonNode> commands = admin.batchCommands(before);
        Instant ranOut = endsOfCompleted(commands).get(3);
        assertThat(commands).filteredOn(c -> c.get("status").asInt() == 429)
                .hasSize(2 * PAGES - ran)
                .allSatisfy(refused -> assertThat(Instant.parse(refused.get("at").asString()))
                        .as("a refused page began once the budget had run out").isAfterOrEqualTo(ranOut));
    }

    @Test
    void aBatchThatRunsPastTheCutOffIsAnswered504AndOnlyItsEarlyWritesExist() {
        LimitKnobs admin = admin();
        admin.price("realtime", "baseWrite", "0.6");
        admin.set("cut-off", "enabled", "true", "afterSeconds", "2");
        String title = "cut-" + UUID.randomUUID().toString().substring(0, 8);
        long before = admin.lastSequence();
        String eightWrites = IntStream.range(0, 8)
                .mapToObj(i -> "\"crm.deal.add?fields[TITLE]=" + title + "-" + i + "\"")
                .collect(Collectors.joining(",", "{\"cmd\":[", "]}"));

        RawPortal.Reply reply = portal().postJson("batch", eightWrites);

        assertThat(reply.status()).isEqualTo(504);
        assertThat(reply.header("Content-Type").orElse("")).startsWith("text/html");
        assertThat(reply.body()).contains("504 Gateway Time-out");
        List<Boolean> exist = IntStream.range(0, 8).mapToObj(i -> dealExists(title + "-" + i)).toList();
        int written = exist.indexOf(false);
        // 0.6 s each: at most three end within 2 s, and the first surely does
        assertThat(written).isBetween(1, 3);
        assertThat(exist.subList(written, 8)).as("nothing after the cut-off was written").containsOnly(false);
        List<JsonNode> commands = admin.batchCommands(before);
        List<Integer> completedThenCut = IntStream.rangeClosed(0, written)
                .mapToObj(i -> i < written ? 200 : 504).toList();
        assertThat(commands).extracting(c -> c.get("status").asInt()).as("the running one was cut, the rest never ran")
                .containsExactlyElementsOf(completedThenCut);
        JsonNode batch = admin.get("calls", "after=" + before + "&limit=1").json().get(0);
        assertThat(batch.get("error").asString()).isEqualTo("CutOff");
    }

    @Test
    void marksACallWhoseClientHungUpBeforeTheAnswerYetRunsAndChargesIt() throws IOException {
        LimitKnobs admin = admin();
        admin.price("realtime", "baseWrite", "1");
        admin.set("operating", "reset", "true");
        String title = "gone-" + UUID.randomUUID().toString().substring(0, 8);
        long before = admin.lastSequence();

        sendAndHangUp("crm.deal.add?fields%5BTITLE%5D=" + title);

        JsonNode call = awaitCall(admin, before);
        assertThat(call.get("method").asString()).isEqualTo("crm.deal.add");
        assertThat(call.get("status").asInt()).isEqualTo(200);
        assertThat(call.get("disconnected").asBoolean()).isTrue();
        assertThat(dealExists(title)).isTrue();
        assertThat(operatingOf(admin, "crm.deal.add")).isEqualTo(1.0);
    }

    /** Sends a GET over a raw socket and closes it at once, without reading the answer. */
    private void sendAndHangUp(String methodAndQuery) throws IOException {
        URI url = target().webhookUrl().resolve(methodAndQuery);
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + url.getRawPath() + "?" + url.getRawQuery() + " HTTP/1.1\r\nHost: " + url.getHost()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    /** The first call logged after {@code after}, once it has finished (the log adds a call when it ends). */
    private static JsonNode awaitCall(LimitKnobs admin, long after) {
        JsonNode page = admin.get("calls", "after=" + after + "&limit=1").json();
        while (page.isEmpty()) {
            Thread.onSpinWait();
            page = admin.get("calls", "after=" + after + "&limit=1").json();
        }
        return page.get(0);
    }

    private boolean dealExists(String title) {
        RawPortal.Reply reply = portal().get("crm.deal.list", "filter%5BTITLE%5D=" + title + "&select%5B0%5D=ID");
        return reply.json().get("total").asLong() > 0;
    }

    private static double operatingOf(LimitKnobs admin, String method) {
        for (JsonNode row : admin.get("operating").json().get("usage")) {
            if (row.get("method").asString().equals(method)) {
                return row.get("operating").asDouble();
            }
        }
        return 0;
    }

    /** When each completed command's time was over (its start plus its processing time), earliest first. */
    private static List<Instant> endsOfCompleted(List<JsonNode> commands) {
        return commands.stream().filter(c -> c.get("status").asInt() == 200)
                .map(c -> Instant.parse(c.get("at").asString())
                        .plusNanos((long) (c.get("processing").asDouble() * 1e9)))
                .sorted().toList();
    }
}
