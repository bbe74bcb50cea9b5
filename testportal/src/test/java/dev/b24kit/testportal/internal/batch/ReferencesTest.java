package dev.b24kit.testportal.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.php.ParamParser;
import dev.b24kit.testportal.internal.php.PhpArrays;

class ReferencesTest {

    private final Map<String, Object> context = context();

    @Test
    void aWholeValueReferenceInsertsAnArrayAsIs() {
        Object ids = References.resolve("$result[list]", context);

        assertThat(ids).isInstanceOf(Map.class);
        assertThat(PhpArrays.asArray(ids)).hasSize(3).containsKey("2");
        assertThat(ids).as("a copy, never the other command's result").isNotSameAs(result().get("list"));
    }

    @Test
    void aWholeValueReferenceToALeafKeepsItsType() {
        assertThat(References.resolve("$total[list]", context)).isEqualTo(120L);
        assertThat(References.resolve("$result[flag]", context)).isEqualTo(true);
    }

    @Test
    void anEmbeddedReferenceIsReplacedByAStringOrNumber() {
        assertThat(References.resolve("ID=$result[list][1][ID] of $total[list]", context))
                .isEqualTo("ID=2 of 120");
        assertThat(References.resolve("price:$result[price]", context)).isEqualTo("price:1");
        assertThat(References.resolve("ratio:$result[ratio]", context)).isEqualTo("ratio:0.1");
    }

    @Test
    void anEmbeddedReferenceToAnArrayOrABooleanIsLeftUntouched() {
        assertThat(References.resolve("ids:$result[list]", context)).isEqualTo("ids:$result[list]");
        assertThat(References.resolve("on:$result[flag]", context)).isEqualTo("on:$result[flag]");
    }

    @Test
    void rootsAreCaseInsensitive() {
        assertThat(References.resolve("$RESULT[list][0][ID]", context)).isEqualTo("1");
        assertThat(References.resolve("$Next[list]", context)).isEqualTo(50L);
    }

    @Test
    void everyRootResolves() {
        assertThat(References.resolve("$next[list]", context)).isEqualTo(50L);
        assertThat(References.resolve("$time[list][start]", context)).isEqualTo(1757424671L);
        assertThat(References.resolve("$error[bad][error_description]", context)).isEqualTo("Not found");
    }

    @Test
    void resolutionStopsAtTheLastExistingLevel() {
        Object beyondThePage = References.resolve("$result[list][49][ID]", context);
        assertThat(PhpArrays.asArray(beyondThePage)).as("the page itself").hasSize(3);

        Object unknownCommand = References.resolve("$result[nothing]", context);
        assertThat(PhpArrays.asArray(unknownCommand)).as("the whole result array")
                .containsOnlyKeys("list", "flag", "price", "ratio", "empty", "word");
    }

    @Test
    void aNullValueStopsResolutionLikeIsset() {
        assertThat(PhpArrays.asArray(References.resolve("$result[empty][x]", context))).containsKey("list");
    }

    @Test
    void aStringIsIndexedByByteOffset() {
        assertThat(References.resolve("$result[word][0]", context)).isEqualTo("D");
        assertThat(References.resolve("$result[word][-1]", context)).isEqualTo("l");
        assertThat(References.resolve("$result[word][ID]", context)).isEqualTo("Deal");
    }

    @Test
    void aReferenceWithoutAPathIsLeftAlone() {
        assertThat(References.resolve("$result", context)).isEqualTo("$result");
        assertThat(References.resolve("costs $5", context)).isEqualTo("costs $5");
    }

    @Test
    void everythingUpToTheNextWhitespaceBelongsToTheReference() {
        assertThat(References.resolve("$result[list][0][ID],7 end", context)).isEqualTo("1 end");
    }

    @Test
    void appliesToEveryValueRecursivelyAndLeavesKeysAlone() {
        Map<String, Object> params = ParamParser.parse(
                "filter[>ID]=$result[list][2][ID]&filter[@ID][]=$result[list][0][ID]&ids=$result[list]&$total=1");

        Map<String, Object> resolved = References.apply(params, context);

        Map<String, Object> filter = PhpArrays.asArray(resolved.get("filter"));
        assertThat(filter.get(">ID")).isEqualTo("3");
        assertThat(PhpArrays.asArray(filter.get("@ID"))).containsEntry("0", "1");
        assertThat(PhpArrays.asArray(resolved.get("ids"))).hasSize(3);
        assertThat(resolved).containsEntry("$total", "1");
    }

    private Map<String, Object> result() {
        return PhpArrays.asArray(context.get("result"));
    }

    private static Map<String, Object> context() {
        Map<String, Object> result = PhpArrays.array();
        result.put("list", PhpArrays.listOf(List.of(row("1"), row("2"), row("3"))));
        result.put("flag", true);
        result.put("price", 1.0);
        result.put("ratio", 0.1);
        result.put("empty", null);
        result.put("word", "Deal");
        Map<String, Object> time = PhpArrays.array();
        time.put("list", Map.of("start", 1757424671L));
        Map<String, Object> error = PhpArrays.array();
        error.put("bad", Map.of("error", "", "error_description", "Not found"));
        Map<String, Object> context = PhpArrays.array();
        context.put("result", result);
        context.put("next", Map.of("list", 50L));
        context.put("total", Map.of("list", 120L));
        context.put("time", time);
        context.put("error", error);
        return context;
    }

    private static Map<String, Object> row(String id) {
        Map<String, Object> row = PhpArrays.array();
        row.put("ID", id);
        return row;
    }
}
