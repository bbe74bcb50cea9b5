package dev.b24kit.testportal.internal.crm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

class UfNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "UF_CRM_1747309879, ufCrm_1747309879",
            "UF_CRM_1721244482250, ufCrm_1721244482250",
            "UF_CRM_3_1747309727, ufCrm3_1747309727",
            "UF_CRM_44_1721812760630, ufCrm44_1721812760630",
            "UF_CRM_3_DIGIT, ufCrm3Digit",
            "UF_CRM_MY_STRING, ufCrmMyString",
            "UF_CRM_3_DIGIT10, ufCrm_3_DIGIT10",
            "UF_CRM_3_DIGIT_10, ufCrm_3_DIGIT_10",
            "UF_CRM_7_NEW_REST_LIST_2026, ufCrm_7_NEW_REST_LIST_2026",
            "UF_CRM_5_1700000000, ufCrm5_1700000000",
            "UF_CRM_1700000000, ufCrm_1700000000",
            "UF_CRM_12345_1700000000, ufCrm_12345_1700000000",
            "ASSIGNED_BY_ID, assignedById",
            "PARENT_ID_1220, parentId1220",
            "XML_ID, xmlId",
    })
    void convertsUpperToCamelAsTheDocumentedTable(String upper, String camel) {
        assertThat(UfNames.toCamel(upper)).isEqualTo(camel);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ufCrm_1747309879, UF_CRM_1747309879",
            "ufCrm3_1747309727, UF_CRM_3_1747309727",
            "ufCrm44_1721812760630, UF_CRM_44_1721812760630",
            "ufCrm3Digit, UF_CRM_3_DIGIT",
            "ufCrmMyString, UF_CRM_MY_STRING",
            "ufCrm_3_DIGIT10, UF_CRM_3_DIGIT10",
            "ufCrm5_1700000000, UF_CRM_5_1700000000",
            "assignedById, ASSIGNED_BY_ID",
            "parentId1220, PARENT_ID_1220",
            "xmlId, XML_ID",
    })
    void convertsCamelBackToUpper(String camel, String upper) {
        assertThat(UfNames.toUpper(camel)).isEqualTo(upper);
    }

    @Test
    void splitsAnUnknownUpperInputLetterByLetterAsThePortalDoes() {
        // fast_bitrix24#196: order {ID: ASC} on a D7 method becomes the unknown field I_D
        assertThat(UfNames.toUpper("ID")).isEqualTo("I_D");
    }

    @Test
    void keepsTheUpperNameWhenTheCamelNameIsTaken() {
        Schema schema = new Schema();
        schema.put(FieldDef.system("UF_CRM_MY_STRING", "ufCrmMyString", FieldType.STRING, "x"));

        assertThat(UfNames.camelFor(schema, "UF_CRM_MY_STRING")).isEqualTo("ufCrmMyString");
        assertThat(UfNames.camelFor(schema, "UF_CRM__MY_STRING")).isEqualTo("UF_CRM__MY_STRING");
    }
}
