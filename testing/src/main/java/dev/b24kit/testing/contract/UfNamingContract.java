package dev.b24kit.testing.contract;

import static dev.b24kit.testing.contract.JsonCall.map;
import static dev.b24kit.testing.contract.UniversalCalls.entityTypeId;
import static dev.b24kit.testing.contract.UniversalCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The two spellings of user fields through the wire (§9.3): a deal field {@code UF_CRM_<digits>} is
 * {@code ufCrm_<digits>} in crm.item and {@code UF_CRM_<digits>} in {@code crm.deal.get}; a smart-process
 * field {@code UF_CRM_<typeId>_<digits>} is {@code ufCrm<typeId>_<digits>}; letter names take the
 * "regular" path ({@code UF_CRM_7_DIGIT → ufCrm7Digit}) unless letters and digits mix; and
 * {@code useOriginalUfNames=Y} answers and accepts {@code UF_CRM_…} while system fields stay camelCase.
 */
public abstract class UfNamingContract {

    protected abstract ContractTarget target();

    private UniversalCalls calls() {
        return new UniversalCalls(new RawPortal(target().webhookUrl()));
    }

    /** A UI-style numeric field code, random so that reruns on one portal do not collide. */
    private static String digits() {
        return "17" + (1_000_000_000L + ThreadLocalRandom.current().nextLong(8_999_999_999L));
    }

    @Test
    void aDealUserFieldIsUfCrmUnderscoreDigitsInCrmItemAndUpperInCrmDealGet() {
        UniversalCalls calls = calls();
        String digits = digits();
        calls.ok("crm.deal.userfield.add", map("fields", map("FIELD_NAME", digits, "USER_TYPE_ID", "string",
                "EDIT_FORM_LABEL", "Оплачено")));
        String camel = "ufCrm_" + digits;
        String upper = "UF_CRM_" + digits;

        JsonNode described = calls.ok("crm.item.fields", map("entityTypeId", 2)).get("fields").get(camel);
        assertThat(described.get("upperName").asString()).isEqualTo(upper);
        assertThat(described.get("title").asString()).isEqualTo("Оплачено");
        assertThat(described.get("isDynamic").asBoolean()).isTrue();

        JsonNode deal = calls.addItem(2, "title", "Именование", camel, "через crm.item");
        assertThat(deal.get(camel).asString()).isEqualTo("через crm.item");
        JsonNode legacy = calls.ok("crm.deal.get", map("id", id(deal)));
        assertThat(legacy.get(upper).asString()).isEqualTo("через crm.item");

        calls.ok("crm.deal.update", map("id", id(deal), "fields", map(upper, "через crm.deal")));
        assertThat(calls.getItem(2, id(deal)).get(camel).asString()).isEqualTo("через crm.deal");
    }

    @Test
    void aSmartProcessUserFieldIsUfCrmTypeIdUnderscoreDigits() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Именование полей");
        String digits = digits();
        String upper = "UF_CRM_" + id(type) + "_" + digits;
        String camel = "ufCrm" + id(type) + "_" + digits;
        JsonNode field = calls.addUserField("CRM_" + id(type), upper, "string");
        assertThat(field.get("fieldName").asString()).isEqualTo(upper);

        JsonNode fields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId(type))).get("fields");
        assertThat(fields.get(camel).get("upperName").asString()).isEqualTo(upper);

        JsonNode item = calls.addItem(entityTypeId(type), camel, "значение");
        assertThat(item.get(camel).asString()).isEqualTo("значение");
        JsonNode byUpper = calls.addItem(entityTypeId(type), upper, "заглавными");
        assertThat(byUpper.get(camel).asString()).isEqualTo("заглавными");
    }

    @Test
    void letterNamesTakeTheRegularPathUnlessLettersAndDigitsMix() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Буквенные поля");
        long typeId = id(type);
        calls.addUserField("CRM_" + typeId, "UF_CRM_" + typeId + "_DIGIT", "string");
        calls.addUserField("CRM_" + typeId, "UF_CRM_" + typeId + "_DIGIT10", "string");

        JsonNode fields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId(type))).get("fields");

        assertThat(fields.get("ufCrm" + typeId + "Digit").get("upperName").asString())
                .isEqualTo("UF_CRM_" + typeId + "_DIGIT");
        assertThat(fields.get("ufCrm_" + typeId + "_DIGIT10").get("upperName").asString())
                .isEqualTo("UF_CRM_" + typeId + "_DIGIT10");
    }

    @Test
    void useOriginalUfNamesAnswersAndAcceptsUpperNamesForUserFieldsOnly() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Оригинальные имена");
        long entityTypeId = entityTypeId(type);
        String upper = "UF_CRM_" + id(type) + "_" + digits();
        calls.addUserField("CRM_" + id(type), upper, "string");

        JsonNode item = calls.ok("crm.item.add", map("entityTypeId", entityTypeId, "useOriginalUfNames", "Y",
                "fields", map("title", "Оригинал", upper, "UPPER"))).get("item");

        assertThat(item.get(upper).asString()).isEqualTo("UPPER");
        assertThat(item.get("title").asString()).isEqualTo("Оригинал");
        assertThat(item.has("TITLE")).isFalse();
        JsonNode fields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId, "useOriginalUfNames", "Y"))
                .get("fields");
        assertThat(fields.has(upper)).isTrue();
        assertThat(fields.has("title")).isTrue();
        JsonNode listed = calls.ok("crm.item.list", map("entityTypeId", entityTypeId, "useOriginalUfNames", "Y",
                "filter", map(upper, "UPPER"), "select", JsonCall.list("id", upper))).get("items");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get(upper).asString()).isEqualTo("UPPER");
        JsonNode camel = calls.getItem(entityTypeId, id(item));
        assertThat(camel.has(upper)).isFalse();
    }

    @Test
    void userFieldConfigGetsListsAndDeletesSmartProcessFields() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Настройки полей");
        String entityId = "CRM_" + id(type);
        JsonNode field = calls.addUserField(entityId, "UF_CRM_" + id(type) + "_LIST", "enumeration", "multiple", "Y",
                "editFormLabel", map("ru", "Список"), "enum", JsonCall.list(map("value", "Один", "def", "Y")));
        assertThat(field.get("id").isString()).isTrue();
        assertThat(field.get("multiple").asString()).isEqualTo("Y");
        assertThat(field.get("editFormLabel").get("ru").asString()).isEqualTo("Список");
        assertThat(field.get("enum").get(0).get("value").asString()).isEqualTo("Один");

        JsonNode got = calls.ok("userfieldconfig.get", map("moduleId", "crm", "id", field.get("id").asLong()))
                .get("field");
        assertThat(got.get("fieldName").asString()).isEqualTo("UF_CRM_" + id(type) + "_LIST");
        RawPortal.Reply listed = calls.call("userfieldconfig.list", map("moduleId", "crm", "filter",
                map("entityId", entityId)));
        assertThat(listed.json().get("total").asInt()).isEqualTo(1);

        RawPortal.Reply deleted = calls.call("userfieldconfig.delete", map("moduleId", "crm", "id",
                field.get("id").asLong()));
        assertThat(deleted.result().isNull()).isTrue();
        JsonNode fields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId(type))).get("fields");
        assertThat(fields.has("ufCrm" + id(type) + "List")).isFalse();
        RawPortal.Reply wrongPrefix = calls.fails("userfieldconfig.add", map("moduleId", "crm", "field",
                map("entityId", entityId, "fieldName", "UF_CRM_OTHER", "userTypeId", "string")));
        assertThat(UniversalCalls.description(wrongPrefix)).isEqualTo("Вы не можете создавать пользовательские поля");
    }
}
