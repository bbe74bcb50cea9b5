package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * {@code batch} (§5) over plain HTTP, with {@code server.time} as the only method relied on, so it
 * runs against any portal. Tests that look at what the portal received (the call log) need the test
 * portal's admin API and are skipped elsewhere. Extend it with a {@link #target()}.
 */
public abstract class BatchContract {

    private static final String EMPTY_MEMBERS =
            "{\"result\":[],\"result_error\":[],\"result_total\":[],\"result_next\":[],\"result_time\":[]}";

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    @Test
    void answersTheFiveMembersKeyedByCommand() {
        JsonNode result = batch("{\"cmd\":{\"first\":\"server.time\",\"second\":\"server.time\"}}");

        assertThat(result.propertyNames()).containsExactly("result", "result_error", "result_total", "result_next",
                "result_time");
        assertThat(result.get("result").propertyNames()).containsExactly("first", "second");
        assertThat(result.get("result").get("first").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*");
        assertThat(result.get("result_error").isArray()).as("no errors: an empty PHP array, []").isTrue();
        assertThat(result.get("result_error")).isEmpty();
        assertThat(result.get("result_total").toString()).isEqualTo("[]");
        assertThat(result.get("result_next").toString()).isEqualTo("[]");
        assertThat(result.get("result_time").get("second").propertyNames()).contains("start", "finish", "duration",
                "processing", "date_start", "date_finish", "operating");
    }

    @Test
    void aCmdListAnswersListsWhileEveryCommandSucceeds() {
        JsonNode result = batch("{\"cmd\":[\"server.time\",\"server.time\",\"server.time\"]}");

        assertThat(result.get("result").isArray()).isTrue();
        assertThat(result.get("result")).hasSize(3);
        assertThat(result.get("result_time").isArray()).isTrue();
    }

    @Test
    void mixesSuccessesAndFailuresWithHttp200AndErrorsAsErrorAndDescription() {
        RawPortal.Reply reply = portal().postJson("batch",
                "{\"cmd\":[\"server.time\",\"no.such.method\",\"server.time\"]}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.result();
        assertThat(result.get("result").isObject()).as("keys 0 and 2 are not a list").isTrue();
        assertThat(result.get("result").propertyNames()).containsExactly("0", "2");
        assertThat(result.get("result_error").get("1").toString())
                .isEqualTo("{\"error\":\"ERROR_METHOD_NOT_FOUND\",\"error_description\":\"Method not found!\"}");
        assertThat(result.get("result_time").propertyNames()).containsExactly("0", "2");
    }

    @Test
    void refusesTheFiftyFirstCommandWithBatchLengthExceeded() {
        JsonNode result = batch(commands(51, "server.time", ""));

        assertThat(result.get("result")).hasSize(50);
        assertThat(result.get("result").has("c50")).isFalse();
        assertThat(result.get("result_error").toString()).isEqualTo(
                "{\"c50\":{\"error\":\"ERROR_BATCH_LENGTH_EXCEEDED\",\"error_description\":\"Max batch length exceeded\"}}");
    }

    @Test
    void givesEveryCommandBeyondFiftyItsOwnLengthError() {
        JsonNode result = batch(commands(53, "server.time", ""));

        assertThat(result.get("result_error").propertyNames()).containsExactly("c50", "c51", "c52");
    }

    @Test
    void haltStopsAtTheFirstCommandBeyondFifty() {
        JsonNode result = batch(commands(53, "server.time", "\"halt\":1,"));

        assertThat(result.get("result")).hasSize(50);
        assertThat(result.get("result_error").propertyNames()).containsExactly("c50");
    }

    @Test
    void haltStopsAtTheFirstFailureAndLeavesLaterCommandsOut() {
        JsonNode result = batch("{\"halt\":1,\"cmd\":[\"server.time\",\"no.such.method\",\"server.time\"]}");

        assertThat(result.get("result").toString()).as("only key 0: still a list").startsWith("[");
        assertThat(result.get("result")).hasSize(1);
        assertThat(result.get("result_error").propertyNames()).containsExactly("1");
        assertThat(result.get("result_time")).hasSize(1);
    }

    @Test
    void refusesANestedBatchInsideResultError() {
        RawPortal.Reply reply = portal().postJson("batch",
                "{\"cmd\":{\"inner\":\"batch?cmd[a]=server.time\",\"ok\":\"server.time\"}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get("result_error").get("inner").toString()).isEqualTo(
                "{\"error\":\"ERROR_BATCH_METHOD_NOT_ALLOWED\",\"error_description\":\"Method is not allowed for batch usage\"}");
        assertThat(reply.result().get("result").has("ok")).isTrue();
    }

    @Test
    void acceptsCmdAndHaltInUpperCase() {
        JsonNode result = batch("{\"HALT\":1,\"CMD\":{\"a\":\"no.such.method\",\"b\":\"server.time\"}}");

        assertThat(result.get("result_error").propertyNames()).containsExactly("a");
        assertThat(result.get("result")).isEmpty();
    }

    @Test
    void readsAFormEncodedBatchOverGet() {
        RawPortal.Reply reply = portal().get("batch", "cmd%5Bnow%5D=server.time%3Fx%3D1&cmd%5Blater%5D=server.time");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get("result").propertyNames()).containsExactly("now", "later");
    }

    @Test
    void skipsCommandsThatAreNotStringsSilently() {
        JsonNode result = batch("{\"cmd\":{\"number\":5,\"array\":{\"x\":\"server.time\"},\"ok\":\"server.time\"}}");

        assertThat(result.get("result").propertyNames()).containsExactly("ok");
        assertThat(result.get("result_error")).isEmpty();
    }

    @Test
    void answersTheFiveEmptyMembersWhenThereAreNoCommands() {
        assertThat(batch("{}").toString()).isEqualTo(EMPTY_MEMBERS);
        assertThat(batch("{\"cmd\":[]}").toString()).isEqualTo(EMPTY_MEMBERS);
    }

    @Test
    void substitutesResultReferencesWholeArraysAsIsAndScalarsInsideText() {
        LimitKnobs admin = admin();
        long before = admin.lastSequence();

        batch("{\"cmd\":{\"a\":\"server.time\",\"b\":\"server.time?whole=$time[a]&inside=at $result[a]"
                + "&arrayInside=x$time[a]&path=$time[a][date_start]&start=$time[a][start]\"}}");

        JsonNode b = admin.batchCommands(before).get(1);
        JsonNode params = b.get("params");
        assertThat(params.get("whole").isObject()).as("whole-value reference: the time object itself").isTrue();
        assertThat(params.get("whole").has("date_start")).isTrue();
        assertThat(params.get("inside").asString()).startsWith("at 20");
        assertThat(params.get("arrayInside").asString()).isEqualTo("x$time[a]");
        assertThat(params.get("path").asString()).isEqualTo(params.get("whole").get("date_start").asString());
        assertThat(params.get("start").asLong()).as("start parsed out of the sub-query like a top-level start")
                .isEqualTo(params.get("whole").get("start").asLong());
    }

    @Test
    void logsEverySubCommandUnderItsBatch() {
        LimitKnobs admin = admin();
        long before = admin.lastSequence();

        batch("{\"cmd\":[\"server.time\",\"no.such.method\",\"batch\"]}");

        List<JsonNode> subs = admin.batchCommands(before);
        assertThat(subs).extracting(s -> s.get("method").asString())
                .containsExactly("server.time", "no.such.method", "batch");
        assertThat(subs).extracting(s -> s.get("status").asInt()).containsExactly(200, 404, 405);
        long batchSequence = subs.getFirst().get("batchOf").asLong();
        assertThat(batchSequence).isGreaterThan(before);
        JsonNode all = admin.get("calls", "after=" + before + "&limit=100").json();
        assertThat(all.get(0).get("sequence").asLong()).isEqualTo(batchSequence);
        assertThat(all.get(0).get("method").asString()).isEqualTo("batch");
    }

    private JsonNode batch(String json) {
        RawPortal.Reply reply = portal().postJson("batch", json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.result();
    }

    private LimitKnobs admin() {
        Assumptions.assumeTrue(target().adminUrl().isPresent(), "needs the test portal's admin API");
        URI url = target().adminUrl().orElseThrow();
        return new LimitKnobs(url);
    }

    /** {@code {<prefix>"cmd":{"c0":"<command>",…}}} with {@code count} commands. */
    private static String commands(int count, String command, String prefix) {
        return IntStream.range(0, count).mapToObj(i -> "\"c" + i + "\":\"" + command + "\"")
                .collect(Collectors.joining(",", "{" + prefix + "\"cmd\":{", "}}"));
    }
}
