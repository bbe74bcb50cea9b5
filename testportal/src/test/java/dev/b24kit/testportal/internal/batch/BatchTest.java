package dev.b24kit.testportal.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.DirectPortal;
import dev.b24kit.testportal.internal.limits.CostModel;
import dev.b24kit.testportal.internal.rest.CallLog;

/** {@code batch} (§5) over the real request pipeline, with fake methods that return structured data. */
class BatchTest {

    private final DirectPortal portal = new DirectPortal();

    @Test
    void answersTheFiveMembersKeyedByCommandInOrder() {
        JsonNode result = batch("{\"cmd\":{\"b\":\"test.echo?x=1\",\"a\":\"test.list?count=2&total=2\"}}");

        assertThat(result.propertyNames()).containsExactly("result", "result_error", "result_total", "result_next",
                "result_time");
        assertThat(result.get("result").propertyNames()).containsExactly("b", "a");
        assertThat(result.get("result").get("b").get("params").get("x").asString()).isEqualTo("1");
        assertThat(result.get("result_error").isArray()).as("empty PHP array is []").isTrue();
        assertThat(result.get("result_error")).isEmpty();
        assertThat(result.get("result_total").get("a").asLong()).isEqualTo(2);
        assertThat(result.get("result_next").isArray()).isTrue();
        assertThat(result.get("result_time").propertyNames()).containsExactly("b", "a");
    }

    @Test
    void aCmdListGivesListMembersWhileEveryCommandSucceeds() {
        JsonNode result = batch("{\"cmd\":[\"test.echo\",\"server.time\"]}");

        assertThat(result.get("result").isArray()).isTrue();
        assertThat(result.get("result")).hasSize(2);
        assertThat(result.get("result_time").isArray()).isTrue();
    }

    @Test
    void aFailureInTheMiddleTurnsTheListIntoAnObjectWithAGap() {
        JsonNode result = batch("{\"cmd\":[\"test.echo\",\"test.fail\",\"test.echo\"]}");

        assertThat(result.get("result").isObject()).isTrue();
        assertThat(result.get("result").propertyNames()).containsExactly("0", "2");
        assertThat(result.get("result_error").isObject()).isTrue();
        assertThat(result.get("result_error").get("1").toString())
                .isEqualTo("{\"error\":\"\",\"error_description\":\"Not found\"}");
        assertThat(result.get("result_time").propertyNames()).containsExactly("0", "2");
    }

    @Test
    void answersHttp200EvenWhenEveryCommandFails() {
        DirectPortal.Response response = portal.postJson("batch", "{\"cmd\":{\"a\":\"test.fail\",\"b\":\"no.such\"}}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode errors = response.result().get("result_error");
        assertThat(errors.get("b").get("error").asString()).isEqualTo("ERROR_METHOD_NOT_FOUND");
        assertThat(errors.get("b").get("error_description").asString()).isEqualTo("Method not found!");
        assertThat(response.result().get("result").isArray()).isTrue();
        assertThat(response.json().has("time")).isTrue();
    }

    @Test
    void chainsResultsIntoLaterCommandsWithWholeArraysSubstitutedAsIs() {
        JsonNode result = batch("{\"cmd\":{"
                + "\"page\":\"test.list?count=3&total=120&next=50\","
                + "\"use\":\"test.echo?ids=$result[page]&last=$result[page][2][ID]&text=after $result[page][2][ID]"
                + "&filter[>ID]=$result[page][2][ID]&start=$next[page]&total=$total[page]\"}}");

        JsonNode echoed = result.get("result").get("use");
        JsonNode params = echoed.get("params");
        assertThat(params.get("ids").isArray()).isTrue();
        assertThat(params.get("ids")).hasSize(3);
        assertThat(params.get("ids").get(0).get("TITLE").asString()).isEqualTo("row 1");
        assertThat(params.get("last").asString()).isEqualTo("3");
        assertThat(params.get("text").asString()).isEqualTo("after 3");
        assertThat(params.get("filter").get(">ID").asString()).isEqualTo("3");
        assertThat(params.get("total").asLong()).isEqualTo(120);
        assertThat(params.has("start")).as("start is taken out like a top-level start").isFalse();
        assertThat(echoed.get("start").asString()).isEqualTo("50");
    }

    @Test
    void reportsTotalAndNextOnlyForCommandsThatPaged() {
        JsonNode result = batch("{\"cmd\":{\"counted\":\"test.list?count=1&total=80&next=50\","
                + "\"uncounted\":\"test.list?count=1&total=0\",\"plain\":\"test.echo\"}}");

        assertThat(result.get("result_total").toString()).isEqualTo("{\"counted\":80,\"uncounted\":0}");
        assertThat(result.get("result_next").toString()).isEqualTo("{\"counted\":50}");
    }

    @Test
    void runsFiftyCommandsAndRefusesEachOneBeyondWithItsOwnLengthError() {
        JsonNode result = batch(commands(53, "test.echo"));

        assertThat(result.get("result")).hasSize(50);
        JsonNode errors = result.get("result_error");
        assertThat(errors.propertyNames()).containsExactly("c50", "c51", "c52");
        assertThat(errors.get("c50").toString())
                .isEqualTo("{\"error\":\"ERROR_BATCH_LENGTH_EXCEEDED\",\"error_description\":\"Max batch length exceeded\"}");
        assertThat(subCommandsLogged()).hasSize(50);
    }

    @Test
    void haltStopsAtTheFirstCommandBeyondFifty() {
        JsonNode result = batch("{\"halt\":1," + commands(53, "test.echo").substring(1));

        assertThat(result.get("result")).hasSize(50);
        assertThat(result.get("result_error").propertyNames()).containsExactly("c50");
    }

    @Test
    void skipsCommandsThatAreNotStringsSilentlyButCountsThemTowardsFifty() {
        String cmd = IntStream.range(0, 51).mapToObj(i -> i == 10 ? "\"c10\":5" : "\"c" + i + "\":\"test.echo\"")
                .collect(Collectors.joining(",", "{\"cmd\":{", ",\"obj\":{\"x\":\"test.echo\"}}}"));

        JsonNode result = batch(cmd);

        assertThat(result.get("result")).hasSize(49);
        assertThat(result.get("result").has("c10")).isFalse();
        assertThat(result.get("result_error").propertyNames()).containsExactly("c50", "obj");
    }

    @Test
    void haltStopsAtTheFirstFailureAndLeavesLaterCommandsOut() {
        JsonNode result = batch("{\"halt\":true,\"cmd\":{\"a\":\"test.echo\",\"b\":\"test.fail\",\"c\":\"test.echo\"}}");

        assertThat(result.get("result").propertyNames()).containsExactly("a");
        assertThat(result.get("result_error").propertyNames()).containsExactly("b");
        assertThat(result.get("result_time").propertyNames()).containsExactly("a");
        assertThat(subCommandsLogged()).extracting(CallLog.Entry::method).containsExactly("test.echo", "test.fail");
    }

    @Test
    void withoutHaltRunsEveryCommandAfterAFailure() {
        JsonNode result = batch("{\"halt\":\"0\",\"cmd\":{\"a\":\"test.fail\",\"b\":\"test.echo\"}}");

        assertThat(result.get("result").propertyNames()).containsExactly("b");
    }

    @Test
    void acceptsParameterNamesInAnyCaseTheLastSpellingWinning() {
        JsonNode result = batch("{\"cmd\":{\"x\":\"test.fail\"},\"CMD\":{\"a\":\"test.fail\",\"b\":\"test.echo\"},"
                + "\"HALT\":1}");

        assertThat(result.get("result_error").propertyNames()).containsExactly("a");
        assertThat(result.get("result")).isEmpty();
    }

    @Test
    void refusesNestedBatchDownloadAndUploadInsideTheBatch() {
        JsonNode result = batch("{\"cmd\":{\"n\":\"batch?cmd[a]=server.time\",\"d\":\"download\",\"u\":\"UPLOAD\","
                + "\"ok\":\"server.time\"}}");

        JsonNode errors = result.get("result_error");
        assertThat(errors.propertyNames()).containsExactly("n", "d", "u");
        assertThat(errors.get("n").toString()).isEqualTo(
                "{\"error\":\"ERROR_BATCH_METHOD_NOT_ALLOWED\",\"error_description\":\"Method is not allowed for batch usage\"}");
        assertThat(result.get("result").has("ok")).isTrue();
    }

    @Test
    void reChecksEachCommandsScopeAndAnswersInsufficientScopeWithoutADescription() {
        portal.portal.credentials().addWebhook(2, "userscope", Set.of("user"));

        DirectPortal.Response response = portal.postJson("/rest/2/userscope/", "batch",
                "{\"cmd\":{\"crm\":\"test.crm\",\"free\":\"test.echo\"}}");

        assertThat(response.result().get("result_error").get("crm").toString())
                .isEqualTo("{\"error\":\"insufficient_scope\",\"error_description\":\"\"}");
        assertThat(response.result().get("result").has("free")).isTrue();
    }

    @Test
    void answersTheFiveEmptyMembersWhenCmdIsMissingOrNotAnArray() {
        String empty = "{\"result\":[],\"result_error\":[],\"result_total\":[],\"result_next\":[],\"result_time\":[]}";

        assertThat(batch("{}").toString()).isEqualTo(empty);
        assertThat(batch("{\"cmd\":\"server.time\"}").toString()).isEqualTo(empty);
        assertThat(portal.get("batch", null).result().toString()).isEqualTo(empty);
    }

    @Test
    void readsCommandsFromADoubleEncodedQueryString() {
        DirectPortal.Response response = portal.get("batch",
                "cmd[a]=test.echo%3Ffilter%255B%253EID%255D%3D5%26name%3DJohn%2526Martin&halt=0");

        JsonNode params = response.result().get("result").get("a").get("params");
        assertThat(params.get("filter").get(">ID").asString()).isEqualTo("5");
        assertThat(params.get("name").asString()).isEqualTo("John&Martin");
    }

    @Test
    void neverLetsACommandSwitchCredentials() {
        JsonNode result = batch("{\"cmd\":{\"a\":\"test.echo?auth=stolen&x=1\"}}");

        assertThat(result.get("result").get("a").get("params").has("auth")).isFalse();
    }

    @Test
    void logsEachCommandUnderTheBatchWithItsResolvedParameters() {
        batch("{\"cmd\":{\"a\":\"test.list?count=1\",\"b\":\"test.echo?id=$result[a][0][ID]\",\"c\":\"nope\"}}");

        CallLog.Entry batchEntry = portal.portal.callLog().since(0, 100).stream()
                .filter(e -> e.method().equals("batch")).findFirst().orElseThrow();
        assertThat(subCommandsLogged()).allSatisfy(e -> {
            assertThat(e.batchOf()).isEqualTo(batchEntry.sequence());
            assertThat(e.sequence()).isGreaterThan(batchEntry.sequence());
            assertThat(e.httpMethod()).isNull();
            assertThat(e.credential()).isEqualTo("webhook:1");
        });
        assertThat(subCommandsLogged()).extracting(CallLog.Entry::method).containsExactly("test.list", "test.echo", "nope");
        assertThat(subCommandsLogged().get(1).params()).containsEntry("id", "1");
        assertThat(subCommandsLogged().get(2).status()).isEqualTo(404);
    }

    @Test
    void takesTheSumOfItsCommandsTimeAndRunsThemOneAfterAnother() {
        portal.portal.costModel(CostModel.FREE.with("baseRead", 1));

        DirectPortal.Response response = portal.postJson("batch",
                "{\"cmd\":[\"test.echo\",\"test.echo\",\"test.cost?seconds=1.5\"]}");

        JsonNode time = response.json().get("time");
        assertThat(time.get("duration").asDouble()).isEqualTo(4.5);
        assertThat(time.get("processing").asLong()).isEqualTo(4);
        JsonNode times = response.result().get("result_time");
        long start = time.get("start").asLong();
        assertThat(times.get(0).get("start").asLong()).isEqualTo(start);
        assertThat(times.get(1).get("start").asLong()).isEqualTo(start + 1);
        assertThat(times.get(2).get("start").asLong()).isEqualTo(start + 2);
        assertThat(times.get(2).get("duration").asDouble()).isEqualTo(2.5);
    }

    @Test
    void chargesEachCommandToItsOwnMethodAndNeverTheBatch() {
        portal.portal.costModel(CostModel.FREE.with("baseRead", 0.5));

        JsonNode result = batch("{\"cmd\":[\"test.echo\",\"test.echo\",\"server.time\"]}");

        assertThat(result.get("result_time").get(1).get("operating").asDouble()).isEqualTo(1.0);
        assertThat(result.get("result_time").get(2).get("operating").asDouble()).isEqualTo(0.5);
        assertThat(result.get("result_time").get(0).has("operating_reset_at")).isTrue();
        assertThat(portal.portal.budget().usage()).extracting(u -> u.method())
                .containsExactly("server.time", "test.echo");
    }

    @Test
    void refusesABlockedMethodInsideTheBatchWhileOtherMethodsRun() {
        portal.portal.costModel(CostModel.FREE.with("baseRead", 2));
        portal.portal.budget().limit(java.time.Duration.ofSeconds(3));

        JsonNode result = batch("{\"cmd\":[\"test.echo\",\"test.echo\",\"test.echo\",\"server.time\"]}");

        assertThat(result.get("result").propertyNames()).containsExactly("0", "1", "3");
        assertThat(result.get("result_error").get("2").toString()).isEqualTo(
                "{\"error\":\"OPERATION_TIME_LIMIT\",\"error_description\":\"Method is blocked due to operation time limit.\"}");
    }

    @Test
    void countsOnceInTheLeakyBucketWhateverItRuns() {
        DirectPortal limited = new DirectPortal(PortalConfig.fast().withPlan(dev.b24kit.testportal.Plan.parse("custom:2/0.001")));

        assertThat(limited.postJson("batch", commands(50, "server.time")).status()).isEqualTo(200);
        assertThat(limited.postJson("batch", commands(50, "server.time")).status()).isEqualTo(200);
        DirectPortal.Response third = limited.postJson("batch", commands(1, "server.time"));
        assertThat(third.status()).isEqualTo(503);
        assertThat(third.body()).isEqualTo("{\"error\":\"QUERY_LIMIT_EXCEEDED\",\"error_description\":\"Too many requests\"}");
    }

    private JsonNode batch(String json) {
        DirectPortal.Response response = portal.postJson("batch", json);
        assertThat(response.status()).isEqualTo(200);
        return response.result();
    }

    private java.util.List<CallLog.Entry> subCommandsLogged() {
        return portal.portal.callLog().since(0, 1000).stream().filter(e -> e.batchOf() != 0).toList();
    }

    private static String commands(int count, String command) {
        return IntStream.range(0, count).mapToObj(i -> "\"c" + i + "\":\"" + command + "\"")
                .collect(Collectors.joining(",", "{\"cmd\":{", "}}"));
    }
}
