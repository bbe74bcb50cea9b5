package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ParamsTest {

    @Test
    void flattensNestedValuesAsPhpDoes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("TITLE", "John & Martin");
        fields.put("PHONE", List.of(Map.of("VALUE", "112233")));
        fields.put("OPENED", true);
        fields.put("COMMENTS", null);
        Params params = Params.of("fields", fields).with("select", List.of("ID", "TITLE")).with("filter[>ID]", 5);
        assertThat(params.toString()).isEqualTo(
                "fields[TITLE]=John & Martin&fields[PHONE][0][VALUE]=112233&fields[OPENED]=1&select[0]=ID&select[1]=TITLE&filter[>ID]=5");
        assertThat(params.encode()).contains("fields%5BTITLE%5D=John+%26+Martin").contains("filter%5B%3EID%5D=5");
    }

    @Test
    void readsJsonObjectsAndCommandLineArguments() {
        Params json = Params.of(JsonMapper.builder().build().readTree("{\"id\":5,\"fields\":{\"OPPORTUNITY\":10.5,\"X\":[1,2]}}"));
        assertThat(json.toString()).isEqualTo("id=5&fields[OPPORTUNITY]=10.5&fields[X][0]=1&fields[X][1]=2");
        Params args = Params.parse(List.of("select[]=ID", "select[]=TITLE", "filter[>ID]=5", "filter[@STAGE_ID][]=NEW"));
        assertThat(args.toString()).isEqualTo("select[0]=ID&select[1]=TITLE&filter[>ID]=5&filter[@STAGE_ID][0]=NEW");
        assertThatThrownBy(() -> Params.parse(List.of("noequals"))).hasMessageContaining("noequals").hasMessageContaining("key=value");
    }

    @Test
    void valueTakesTheLastAndWithoutRemovesASubtree() {
        Params params = Params.of("id", 1).with("id", 2).with("fields", Map.of("A", 1));
        assertThat(params.value("id")).isEqualTo("2");
        assertThat(params.without("fields").has("fields")).isFalse();
        assertThat(params.has("fields")).isTrue();
    }
}
