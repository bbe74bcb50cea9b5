package dev.b24kit.testportal.internal.php;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** PHP's parse_str, case by case; expected values are what PHP 8 produces. */
class ParamParserTest {

    private static String json(String query) {
        return PhpJson.encode(ParamParser.parse(query));
    }

    @Test
    void parsesFlatPairsInOrder() {
        assertThat(json("b=2&a=1")).isEqualTo("{\"b\":\"2\",\"a\":\"1\"}");
    }

    @Test
    void nestsBracketedKeys() {
        assertThat(json("fields[PHONE][0][VALUE]=112233&fields[PHONE][0][VALUE_TYPE]=WORK"))
                .isEqualTo("{\"fields\":{\"PHONE\":[{\"VALUE\":\"112233\",\"VALUE_TYPE\":\"WORK\"}]}}");
    }

    @Test
    void appendsEmptyBracketsAtTheNextIntegerIndex() {
        assertThat(json("select[]=ID&select[]=TITLE")).isEqualTo("{\"select\":[\"ID\",\"TITLE\"]}");
        assertThat(json("a[5]=x&a[]=y")).isEqualTo("{\"a\":{\"5\":\"x\",\"6\":\"y\"}}");
        assertThat(json("a[-3]=x&a[]=y")).isEqualTo("{\"a\":{\"-3\":\"x\",\"0\":\"y\"}}");
    }

    @Test
    void appendsANewArrayForEachDoubleEmptyBracket() {
        assertThat(json("a[][]=1&a[][]=2")).isEqualTo("{\"a\":[[\"1\"],[\"2\"]]}");
    }

    @Test
    void treatsOneWhitespaceCharacterInBracketsAsAppend() {
        assertThat(json("a[ ]=1&a[%09]=2")).isEqualTo("{\"a\":[\"1\",\"2\"]}");
        assertThat(json("a[  ]=1")).isEqualTo("{\"a\":{\"  \":\"1\"}}");
    }

    @Test
    void keepsOperatorPrefixesInsideBracketsWhetherEncodedOrNot() {
        assertThat(ParamParser.parse("filter[>ID]=100")).isEqualTo(ParamParser.parse("filter[%3EID]=100"));
        assertThat(json("filter[%3E%3DID]=5&filter[@STAGE_ID][]=NEW&filter[@STAGE_ID][]=C1:NEW"))
                .isEqualTo("{\"filter\":{\"\\u003E=ID\":\"5\",\"@STAGE_ID\":[\"NEW\",\"C1:NEW\"]}}");
    }

    @Test
    void splitsAnUnencodedEqualsSignInAKeyAsPhpDoes() {
        // the pair splits at the first '=': name "filter[>" (unclosed), value "ID]=5"
        assertThat(json("filter[>=ID]=5")).isEqualTo("{\"filter_\\u003E\":\"ID]=5\"}");
    }

    @Test
    void ignoresTextAfterAClosingBracket() {
        assertThat(json("a[b]c=1")).isEqualTo("{\"a\":{\"b\":\"1\"}}");
        assertThat(json("a[b]c[d]=1")).isEqualTo("{\"a\":{\"b\":\"1\"}}");
    }

    @Test
    void turnsAnUnclosedFirstBracketIntoAPlainName() {
        assertThat(json("a[=1")).isEqualTo("{\"a_\":\"1\"}");
        assertThat(json("fields[TITLE=x")).isEqualTo("{\"fields_TITLE\":\"x\"}");
        assertThat(json("a[b[c.d e=1")).isEqualTo("{\"a_b_c_d_e\":\"1\"}");
    }

    @Test
    void endsTheKeyAtAnUnclosedDeeperBracket() {
        assertThat(json("a[b][c=1")).isEqualTo("{\"a\":{\"b\":\"1\"}}");
    }

    @Test
    void keepsAStrayClosingBracketInAPlainName() {
        assertThat(json("a]=1")).isEqualTo("{\"a]\":\"1\"}");
        assertThat(json("a]b[c=1")).isEqualTo("{\"a]b_c\":\"1\"}");
    }

    @Test
    void replacesDotsAndSpacesInTheBaseNameOnly() {
        assertThat(json("a.b c=1")).isEqualTo("{\"a_b_c\":\"1\"}");
        assertThat(json("a.b[c.d e]=1")).isEqualTo("{\"a_b\":{\"c.d e\":\"1\"}}");
    }

    @Test
    void dropsLeadingSpacesOfAName() {
        assertThat(json("%20%20a=1&+b=2")).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
    }

    @Test
    void skipsPairsWithoutAName() {
        assertThat(json("=1&[a]=2&&c=3&")).isEqualTo("{\"c\":\"3\"}");
    }

    @Test
    void givesANameWithoutValueTheEmptyString() {
        assertThat(json("a&b=")).isEqualTo("{\"a\":\"\",\"b\":\"\"}");
    }

    @Test
    void letsTheLastDuplicateWinInTheFirstPosition() {
        assertThat(json("a=1&b=0&a=2")).isEqualTo("{\"a\":\"2\",\"b\":\"0\"}");
        assertThat(json("a=1&a[]=2")).isEqualTo("{\"a\":[\"2\"]}");
        assertThat(json("a[]=1&a=2")).isEqualTo("{\"a\":\"2\"}");
        assertThat(json("a[b]=1&a[b][c]=2")).isEqualTo("{\"a\":{\"b\":{\"c\":\"2\"}}}");
    }

    @Test
    void decodesPlusAsSpaceAndPercentEscapesAsUtf8() {
        assertThat(ParamParser.parse("a=b+c&b=b%2Bc&c=%D0%90%D0%BD%D0%BD%D0%B0&d=%E2%82%AC"))
                .isEqualTo(Map.of("a", "b c", "b", "b+c", "c", "Анна", "d", "€"));
    }

    @Test
    void keepsMalformedPercentEscapesLiterally() {
        assertThat(ParamParser.parse("%zz=%4&b=100%&c=%%41&d=%2"))
                .isEqualTo(Map.of("%zz", "%4", "b", "100%", "c", "%A", "d", "%2"));
    }

    @Test
    void replacesInvalidUtf8WithTheReplacementCharacter() {
        assertThat(ParamParser.parse("a=%FF")).isEqualTo(Map.of("a", "\uFFFD"));
    }

    @Test
    void endsANameAtANulByte() {
        assertThat(ParamParser.parse("a%00b=1")).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void keepsNonCanonicalNumericKeysAsStrings() {
        assertThat(json("a[01]=x&a[1]=y")).isEqualTo("{\"a\":{\"01\":\"x\",\"1\":\"y\"}}");
    }

    @Test
    void acceptsSixtyFourBracketLevels() {
        String key = "a" + "[x]".repeat(64);
        Map<String, Object> parsed = ParamParser.parse(key + "=deep");
        Object value = parsed.get("a");
        for (int i = 0; i < 64; i++) {
            value = ((Map<?, ?>) value).get("x");
        }
        assertThat(value).isEqualTo("deep");
    }

    @Test
    void dropsTheWholeVariableBeyondSixtyFourLevelsAsPhpDoes() {
        String tooDeep = "a" + "[x]".repeat(65) + "=deep";
        assertThat(ParamParser.parse("a[keep]=1&" + tooDeep + "&b=2")).isEqualTo(Map.of("b", "2"));
        assertThat(ParamParser.parse(tooDeep + "&a[later]=3")).isEqualTo(Map.of("a", Map.of("later", "3")));
    }

    @Test
    void answersAnEmptyArrayForNullOrEmptyInput() {
        assertThat(ParamParser.parse(null)).isEmpty();
        assertThat(ParamParser.parse("")).isEmpty();
        assertThat(ParamParser.parse("&&&")).isEmpty();
    }
}
