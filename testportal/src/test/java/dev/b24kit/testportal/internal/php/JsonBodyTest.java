package dev.b24kit.testportal.internal.php;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** JSON bodies as {@code json_decode($body, true)} sees them; what PHP refuses becomes {@code {}} (§1.2). */
class JsonBodyTest {

    private static String roundTrip(String body) {
        return PhpJson.encode(JsonBody.decode(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void decodesObjectsListsAndScalars() {
        assertThat(roundTrip("{\"filter\":{\">ID\":5},\"select\":[\"ID\",\"TITLE\"],\"a\":true,\"b\":null,\"c\":1.5}"))
                .isEqualTo("{\"filter\":{\"\\u003EID\":5},\"select\":[\"ID\",\"TITLE\"],\"a\":true,\"b\":null,\"c\":1.5}");
    }

    @Test
    void keepsIntegersAsLongsAndTurnsHugeIntegersIntoFloats() {
        Map<String, Object> decoded = JsonBody.decode("{\"a\":42,\"b\":-0,\"c\":123456789012345678901234,\"d\":1e2}");
        assertThat(decoded.get("a")).isEqualTo(42L);
        assertThat(decoded.get("b")).isEqualTo(0L);
        assertThat(decoded.get("c")).isEqualTo(1.2345678901234568E23);
        assertThat(decoded.get("d")).isEqualTo(100.0);
    }

    @Test
    void turnsATopLevelListIntoAPhpList() {
        assertThat(JsonBody.decode("[\"x\",\"y\"]")).isEqualTo(Map.of("0", "x", "1", "y"));
    }

    @Test
    void treatsATopLevelScalarAsEmpty() {
        assertThat(JsonBody.decode("5")).isEmpty();
        assertThat(JsonBody.decode("\"text\"")).isEmpty();
        assertThat(JsonBody.decode("null")).isEmpty();
    }

    @Test
    void treatsMalformedJsonAsEmpty() {
        assertThat(JsonBody.decode("{\"a\":")).isEmpty();
        assertThat(JsonBody.decode("{'a':1}")).isEmpty();
        assertThat(JsonBody.decode("{\"a\":1} trailing")).isEmpty();
        assertThat(JsonBody.decode("{\"a\":NaN}")).isEmpty();
        assertThat(JsonBody.decode("")).isEmpty();
        assertThat(JsonBody.decode("   ")).isEmpty();
    }

    @Test
    void treatsAByteOrderMarkAsMalformedAsPhpDoes() {
        assertThat(JsonBody.decode("\uFEFF{\"a\":1}")).isEmpty();
    }

    @Test
    void treatsInvalidUtf8AsEmpty() {
        byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(JsonBody.decode(body)).isEmpty();
    }

    @Test
    void treatsAnUnpairedSurrogateEscapeAsEmptyButDecodesAPair() {
        assertThat(JsonBody.decode("{\"a\":\"\\ud800\"}")).isEmpty();
        assertThat(JsonBody.decode("{\"\\udc00\":1}")).isEmpty();
        assertThat(JsonBody.decode("{\"a\":\"\\ud83d\\ude00\"}")).isEqualTo(Map.of("a", "😀"));
    }

    @Test
    void decodesUnicodeAndEscapes() {
        assertThat(JsonBody.decode("{\"name\":\"Анна \\u0026 \\\"Co\\\"\"}")).isEqualTo(Map.of("name", "Анна & \"Co\""));
    }

    @Test
    void letsTheLastDuplicateKeyWin() {
        assertThat(roundTrip("{\"a\":1,\"b\":2,\"a\":3}")).isEqualTo("{\"a\":3,\"b\":2}");
    }

    @Test
    void acceptsFiveHundredTwelveLevelsAndRefusesMore() {
        assertThat(JsonBody.decode("[".repeat(512) + "]".repeat(512))).isNotNull();
        assertThat(JsonBody.decode("{\"a\":" + "[".repeat(511) + "1" + "]".repeat(511) + "}")).containsKey("a");
        assertThat(JsonBody.decode("{\"a\":" + "[".repeat(512) + "1" + "]".repeat(512) + "}")).isEmpty();
    }

    @Test
    void keepsAnEmptyKey() {
        assertThat(JsonBody.decode("{\"\":1}")).isEqualTo(Map.of("", 1L));
    }
}
