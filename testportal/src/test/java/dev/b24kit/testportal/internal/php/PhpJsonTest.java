package dev.b24kit.testportal.internal.php;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Bitrix's {@code Json::encode} (§12): PHP list rule, HEX escaping, raw Unicode, PHP float formatting. */
class PhpJsonTest {

    @Test
    void rendersAnArrayWithKeysZeroToNAsAListAndAnythingElseAsAnObject() {
        assertThat(PhpJson.encode(PhpArrays.listOf(List.of("a", "b")))).isEqualTo("[\"a\",\"b\"]");
        Map<String, Object> gap = new LinkedHashMap<>();
        gap.put("0", "a");
        gap.put("2", "b");
        assertThat(PhpJson.encode(gap)).isEqualTo("{\"0\":\"a\",\"2\":\"b\"}");
        Map<String, Object> reordered = new LinkedHashMap<>();
        reordered.put("1", "b");
        reordered.put("0", "a");
        assertThat(PhpJson.encode(reordered)).isEqualTo("{\"1\":\"b\",\"0\":\"a\"}");
    }

    @Test
    void rendersAnEmptyArrayAsAList() {
        assertThat(PhpJson.encode(PhpArrays.array())).isEqualTo("[]");
        assertThat(PhpJson.encode(Map.of("a", Map.of()))).isEqualTo("{\"a\":[]}");
    }

    @Test
    void escapesSlashesTagsAmpersandsAndQuotes() {
        assertThat(PhpJson.encode("https://x/<b>&'\"\\"))
                .isEqualTo("\"https:\\/\\/x\\/\\u003Cb\\u003E\\u0026\\u0027\\u0022\\\\\"");
    }

    @Test
    void readableRenderingKeepsWhatJsonAllowsAndThePhpArrayRules() {
        assertThat(PhpJson.encodeReadable(Map.of("url", "https://x/<b>&'\"\\\n")))
                .isEqualTo("{\"url\":\"https://x/<b>&'\\\"\\\\\\n\"}");
        assertThat(PhpJson.encodeReadable(PhpArrays.listOf(List.of("a", 1.0)))).isEqualTo("[\"a\",1]");
    }

    @Test
    void keepsUnicodeRawButEscapesLineTerminatorsAndControlCharacters() {
        assertThat(PhpJson.encode("Анна 😀\u2028\u2029\u0001\n\t")).isEqualTo("\"Анна 😀\\u2028\\u2029\\u0001\\n\\t\"");
    }

    @Test
    void substitutesUnpairedSurrogates() {
        assertThat(PhpJson.encode("a\uD800b\uDC00")).isEqualTo("\"a\uFFFDb\uFFFD\"");
    }

    @Test
    void rendersFloatsAsPhpJsonEncodeDoes() {
        assertThat(PhpJson.formatDouble(0.1)).isEqualTo("0.1");
        assertThat(PhpJson.formatDouble(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(PhpJson.formatDouble(10.0)).isEqualTo("10");
        assertThat(PhpJson.formatDouble(-0.0)).isEqualTo("-0");
        assertThat(PhpJson.formatDouble(0.0)).isEqualTo("0");
        assertThat(PhpJson.formatDouble(-1.5)).isEqualTo("-1.5");
        assertThat(PhpJson.formatDouble(0.0001)).isEqualTo("0.0001");
        assertThat(PhpJson.formatDouble(0.00001)).isEqualTo("1.0e-5");
        assertThat(PhpJson.formatDouble(0.000015)).isEqualTo("1.5e-5");
        assertThat(PhpJson.formatDouble(1e15)).isEqualTo("1000000000000000");
        assertThat(PhpJson.formatDouble(1e17)).isEqualTo("1.0e+17");
        assertThat(PhpJson.formatDouble(1.2345678901234569E23)).isEqualTo("1.2345678901234569e+23");
        assertThat(PhpJson.formatDouble(1757424672.203906)).isEqualTo("1757424672.203906");
        assertThat(PhpJson.formatDouble(Double.NaN)).isEqualTo("0");
    }

    @Test
    void rendersOtherNumbers() {
        assertThat(PhpJson.encode(List.of(1, 2L, new BigDecimal("1000000.00"), 1.5f, true, false)))
                .isEqualTo("[1,2,1000000.00,1.5,true,false]");
        assertThat(PhpJson.encode(null)).isEqualTo("null");
    }

    @Test
    void insertsRawJsonVerbatim() {
        assertThat(PhpJson.encode(Map.of("a", new PhpJson.Raw("{}")))).isEqualTo("{\"a\":{}}");
    }

    @Test
    void castsFloatsToStringWithFourteenDigitsAsPhpDoes() {
        assertThat(PhpJson.castToString(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(PhpJson.castToString(10.0)).isEqualTo("10");
        assertThat(PhpJson.castToString(1e14)).isEqualTo("1.0E+14");
        assertThat(PhpJson.castToString(12345678901234.0)).isEqualTo("12345678901234");
        assertThat(PhpJson.castToString(0.00001)).isEqualTo("1.0E-5");
        assertThat(PhpJson.castToString(-2.5)).isEqualTo("-2.5");
        assertThat(PhpJson.castToString(Double.NaN)).isEqualTo("NAN");
        assertThat(PhpJson.castToString(Double.NEGATIVE_INFINITY)).isEqualTo("-INF");
    }
}
