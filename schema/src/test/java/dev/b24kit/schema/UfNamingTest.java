package dev.b24kit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UF naming rule of docs/bitrix24-behavior.md §9.3, both directions. */
class UfNamingTest {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource({
        "UF_CRM_1747309879, ufCrm_1747309879",
        "UF_CRM_1721244482250, ufCrm_1721244482250",
        "UF_CRM_1700000000, ufCrm_1700000000",
        "UF_CRM_3_1747309727, ufCrm3_1747309727",
        "UF_CRM_5_1700000000, ufCrm5_1700000000",
        "UF_CRM_44_1721812760630, ufCrm44_1721812760630",
        "UF_CRM_3_DIGIT, ufCrm3Digit",
        "UF_CRM_MY_STRING, ufCrmMyString",
        "UF_CRM_3_DIGIT10, ufCrm_3_DIGIT10",
        "UF_CRM_3_DIGIT_10, ufCrm_3_DIGIT_10",
        "UF_CRM_7_NEW_REST_LIST_2026, ufCrm_7_NEW_REST_LIST_2026",
        "UF_CRM_12345_1700000000, ufCrm_12345_1700000000",
        "PARENT_ID_1220, parentId1220",
        "XML_ID, xmlId",
        "ASSIGNED_BY_ID, assignedById",
        "UF_CRM_1_1721244492550, ufCrm1_1721244492550",
        "UF_CRM_1_CONTRACT_NO, ufCrm1ContractNo",
    })
    void convertsEveryDocumentedExampleBothWays(String upper, String camel) {
        assertThat(UfNaming.toCamel(upper)).isEqualTo(camel);
        assertThat(UfNaming.toUpper(camel)).isEqualTo(upper);
    }

    @Test
    void keepsTheTailVerbatimAfterAFixedPrefixForIrregularUfNames() {
        assertThat(UfNaming.toCamel("UF_CRMX1")).isEqualTo("ufCrmX1");
        assertThat(UfNaming.toCamel("UF_X1")).isEqualTo("ufX1");
        assertThat(UfNaming.toUpper("ufX1")).isEqualTo("UF_X1");
    }

    @Test
    void keepsOnlyNonOverlappingUnderscoresBetweenDigitsAsPhpDoes() {
        // (\d)_(\d) matches "3_1", then "_2" has no digit before it left: that underscore goes
        assertThat(UfNaming.toCamel("UF_CRM_3_1_2")).isEqualTo("ufCrm3_12");
    }

    @Test
    void aCamelNameAlreadyTakenLeavesTheLaterFieldItsUpperName() {
        // UF_CRM_3_DIGIT and UF_CRM_3DIGIT both convert to ufCrm3Digit by the rule
        assertThat(UfNaming.toCamel("UF_CRM_3DIGIT")).isEqualTo("ufCrm_3DIGIT");
        UfNaming.Registry registry = UfNaming.Registry.of(List.of("UF_CRM_MY_STRING", "UF_CRM__MY_STRING"));

        assertThat(registry.camel("UF_CRM_MY_STRING")).isEqualTo("ufCrmMyString");
        assertThat(registry.camel("UF_CRM__MY_STRING")).isEqualTo("UF_CRM__MY_STRING");
        assertThat(registry.upper("ufCrmMyString")).isEqualTo("UF_CRM_MY_STRING");
        assertThat(registry.upper("UF_CRM__MY_STRING")).isEqualTo("UF_CRM__MY_STRING");
    }

    @Test
    void aRegistryAnswersAKnownUpperNameUnchangedAsCrmItemAcceptsBothSpellings() {
        UfNaming.Registry registry = UfNaming.Registry.of(List.of("ID", "UF_CRM_1747309879"));

        assertThat(registry.upper("UF_CRM_1747309879")).isEqualTo("UF_CRM_1747309879");
        assertThat(registry.upper("ufCrm_1747309879")).isEqualTo("UF_CRM_1747309879");
        assertThat(registry.upper("ID")).isEqualTo("ID");
        assertThat(UfNaming.toUpper("ID")).as("unknown to the converter, an UPPER name is split (§9.3)").isEqualTo("I_D");
    }

    @Test
    void roundTripsTenThousandNamesOfEveryDocumentedFamily() {
        SplittableRandom random = new SplittableRandom(20240717);
        for (int i = 0; i < 10_000; i++) {
            String upper = name(random);
            String camel = UfNaming.toCamel(upper);
            assertThat(UfNaming.toUpper(camel)).as(upper + " -> " + camel).isEqualTo(upper);
            assertThat(UfNaming.toCamel(UfNaming.toUpper(camel))).as(camel).isEqualTo(camel);
        }
    }

    @Test
    void aRegistryRoundTripsEveryNameItHoldsEvenWhereTheRuleAloneCannot() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 500; round++) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                names.add(random.nextInt(4) == 0 ? awkward(random) : name(random));
            }
            UfNaming.Registry registry = UfNaming.Registry.of(names);
            for (String upper : names) {
                assertThat(registry.upper(registry.camel(upper))).as(names.toString()).isEqualTo(upper);
            }
        }
    }

    /** A name as the portal makes them: UI numeric codes, smart-process codes, letter codes, mixed codes. */
    private static String name(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> "UF_CRM_" + digits(random, 10, 13);
            case 1 -> "UF_CRM_" + digits(random, 1, 4) + "_" + digits(random, 10, 13);
            case 2 -> "UF_CRM_" + words(random);
            case 3 -> "UF_CRM_" + digits(random, 1, 4) + "_" + words(random);
            case 4 -> "UF_CRM_" + digits(random, 1, 4) + "_" + words(random) + digits(random, 1, 3);
            default -> systemName(random);
        };
    }

    /** A system field's name ({@code PARENT_ID_1220}); never starting with UF, which user fields own. */
    private static String systemName(SplittableRandom random) {
        String words = words(random);
        return words.startsWith("UF") ? systemName(random) : words + (random.nextBoolean() ? "_" + digits(random, 1, 5) : "");
    }

    /** Names the rule alone does not round-trip: doubled underscores, one-letter words. */
    private static String awkward(SplittableRandom random) {
        return random.nextBoolean() ? "UF_CRM__" + words(random) : "UF_CRM_" + (char) ('A' + random.nextInt(26)) + "_" + words(random);
    }

    private static String words(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                name.append('_');
            }
            int length = 2 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                name.append((char) ('A' + random.nextInt(26)));
            }
        }
        return name.toString();
    }

    private static String digits(SplittableRandom random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder digits = new StringBuilder().append((char) ('1' + random.nextInt(9)));
        for (int i = 1; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}
