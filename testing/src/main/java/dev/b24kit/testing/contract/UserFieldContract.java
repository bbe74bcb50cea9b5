package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * {@code crm.*.userfield.*} (§7.5) and user-field values on records: FIELD_NAME rules, enumeration
 * items, the row shapes of get and list, the user field in {@code crm.*.fields}, values as strings.
 */
public abstract class UserFieldContract extends CrmContractSupport {

    /** A FIELD_NAME suffix unique to this run (letters, digits, underscores). */
    private static String code(String prefix) {
        return unique(prefix).replace('-', '_').toUpperCase();
    }

    private long addField(String entity, Object... fields) {
        JsonNode id = ok("crm." + entity + ".userfield.add", map("fields", map(fields)));
        assertThat(id.isIntegralNumber()).as("userfield.add answers an integer, got %s", id).isTrue();
        return id.asLong();
    }

    @Test
    void aNewFieldGetsThePrefixAndAppearsInGetListAndFields() {
        String code = code("str");
        long id = addField("deal", "FIELD_NAME", code.toLowerCase(), "USER_TYPE_ID", "string", "LABEL", "Заметка",
                "SORT", 150);

        JsonNode field = ok("crm.deal.userfield.get", map("id", id));
        assertThat(field.get("ID").asString()).isEqualTo(Long.toString(id));
        assertThat(field.get("ENTITY_ID").asString()).isEqualTo("CRM_DEAL");
        assertThat(field.get("FIELD_NAME").asString()).isEqualTo("UF_CRM_" + code);
        assertThat(field.get("USER_TYPE_ID").asString()).isEqualTo("string");
        assertThat(field.get("SORT").asString()).isEqualTo("150");
        assertThat(field.get("MULTIPLE").asString()).isEqualTo("N");
        assertThat(field.get("XML_ID").isNull()).isTrue();
        assertThat(field.get("EDIT_FORM_LABEL").get("ru").asString()).isEqualTo("Заметка");

        JsonNode list = ok("crm.deal.userfield.list", map("filter", map("FIELD_NAME", "UF_CRM_" + code, "LANG", "ru")));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("LIST_COLUMN_LABEL").asString()).isEqualTo("Заметка");

        JsonNode described = ok("crm.deal.fields", map()).get("UF_CRM_" + code);
        assertThat(described.get("isDynamic").asBoolean()).isTrue();
        assertThat(described.get("title").asString()).isEqualTo("UF_CRM_" + code);
        assertThat(described.get("listLabel").asString()).isEqualTo("Заметка");
        assertThat(described.get("type").asString()).isEqualTo("string");
    }

    @Test
    void aUfPrefixIsCompletedToUfCrm() {
        String code = code("pre");
        long id = addField("contact", "FIELD_NAME", "UF_" + code, "USER_TYPE_ID", "integer");

        assertThat(ok("crm.contact.userfield.get", map("id", id)).get("FIELD_NAME").asString()).isEqualTo("UF_CRM_" + code);
    }

    @Test
    void userFieldListAnswersTotalWithoutLabelsUnlessALanguageIsGiven() {
        addField("lead", "FIELD_NAME", code("lst"), "USER_TYPE_ID", "string", "LABEL", "x");

        RawPortal.Reply reply = call("crm.lead.userfield.list", map());

        assertThat(reply.json().get("total").asInt()).isEqualTo(reply.result().size());
        assertThat(reply.result().get(0).has("EDIT_FORM_LABEL")).isFalse();
    }

    @Test
    void enumerationItemsGetIdsAndRecordsStoreItemIds() {
        String code = code("enum");
        long id = addField("deal", "FIELD_NAME", code, "USER_TYPE_ID", "enumeration",
                "LIST", List.of(map("VALUE", "Красный", "SORT", 10, "DEF", "Y"), map("VALUE", "Синий", "SORT", 20),
                        map("VALUE", "")));
        JsonNode items = ok("crm.deal.userfield.get", map("id", id)).get("LIST");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("VALUE").asString()).isEqualTo("Красный");
        assertThat(items.get(0).get("DEF").asString()).isEqualTo("Y");
        assertThat(items.get(0).get("XML_ID").asString()).isNotEmpty();
        String blue = items.get(1).get("ID").asString();

        long deal = add("deal", map("TITLE", unique("enum"), "UF_CRM_" + code, blue));

        assertThat(get("deal", deal).get("UF_CRM_" + code).asString()).isEqualTo(blue);
        JsonNode described = ok("crm.deal.fields", map()).get("UF_CRM_" + code);
        assertThat(described.get("items").get(1).get("ID").asString()).isEqualTo(blue);
        assertThat(described.get("items").get(1).get("VALUE").asString()).isEqualTo("Синий");
    }

    @Test
    void aMultipleEnumerationTakesAnArrayOfItemIds() {
        String code = code("multi");
        long id = addField("deal", "FIELD_NAME", code, "USER_TYPE_ID", "enumeration", "MULTIPLE", "Y",
                "LIST", List.of(map("VALUE", "A"), map("VALUE", "B"), map("VALUE", "C")));
        JsonNode items = ok("crm.deal.userfield.get", map("id", id)).get("LIST");
        String a = items.get(0).get("ID").asString();
        String c = items.get(2).get("ID").asString();

        long deal = add("deal", map("TITLE", unique("multi"), "UF_CRM_" + code, List.of(a, c)));
        JsonNode value = get("deal", deal).get("UF_CRM_" + code);
        assertThat(value.isArray()).isTrue();
        assertThat(value.get(0).asString()).isEqualTo(a);
        assertThat(value.get(1).asString()).isEqualTo(c);

        ok("crm.deal.update", map("id", deal, "fields", map("UF_CRM_" + code, List.of())));
        assertThat(get("deal", deal).get("UF_CRM_" + code)).as("[] clears a multiple field").isEmpty();
    }

    @Test
    void updateAddsChangesAndDeletesEnumerationItems() {
        String code = code("upd");
        long id = addField("company", "FIELD_NAME", code, "USER_TYPE_ID", "enumeration",
                "LIST", List.of(map("VALUE", "one"), map("VALUE", "two")));
        JsonNode items = ok("crm.company.userfield.get", map("id", id)).get("LIST");
        String one = items.get(0).get("ID").asString();
        String two = items.get(1).get("ID").asString();

        assertThat(ok("crm.company.userfield.update", map("id", id, "fields", map("LIST", List.of(
                map("ID", one, "VALUE", "uno"), map("ID", two, "DEL", "Y"), map("VALUE", "three"))))).asBoolean())
                .isTrue();

        JsonNode after = ok("crm.company.userfield.get", map("id", id)).get("LIST");
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("ID").asString()).isEqualTo(one);
        assertThat(after.get(0).get("VALUE").asString()).isEqualTo("uno");
        assertThat(after.get(1).get("VALUE").asString()).isEqualTo("three");
    }

    @Test
    void scalarUserFieldValuesAreStrings() {
        String number = code("dbl");
        String date = code("date");
        String flag = code("flag");
        addField("deal", "FIELD_NAME", number, "USER_TYPE_ID", "double");
        addField("deal", "FIELD_NAME", date, "USER_TYPE_ID", "date");
        addField("deal", "FIELD_NAME", flag, "USER_TYPE_ID", "boolean");

        long deal = add("deal", map("TITLE", unique("scalar"), "UF_CRM_" + number, 1.5, "UF_CRM_" + date, "2024-05-06",
                "UF_CRM_" + flag, "Y"));

        JsonNode got = get("deal", deal);
        assertThat(got.get("UF_CRM_" + number).asString()).isEqualTo("1.5");
        assertThat(got.get("UF_CRM_" + date).asString()).startsWith("2024-05-06T");
        assertThat(got.get("UF_CRM_" + flag).asString()).isEqualTo("1");
    }

    @Test
    void deleteRemovesTheFieldFromTheEntity() {
        String code = code("gone");
        long id = addField("deal", "FIELD_NAME", code, "USER_TYPE_ID", "string");

        assertThat(ok("crm.deal.userfield.delete", map("id", id)).asBoolean()).isTrue();

        assertThat(ok("crm.deal.fields", map()).has("UF_CRM_" + code)).isFalse();
        RawPortal.Reply reply = call("crm.deal.userfield.get", map("id", id));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("ERROR_NOT_FOUND");
        assertThat(reply.json().get("error_description").asString()).isEqualTo("The entity with ID '" + id + "' is not found");
    }

    @Test
    void badDefinitionsAreRefusedWithThePortalsMessages() {
        assertLegacyError(call("crm.deal.userfield.add", map("fields", map("USER_TYPE_ID", "string"))),
                "The 'FIELD_NAME' field is not found.");
        assertLegacyError(call("crm.deal.userfield.add", map("fields", map("FIELD_NAME", code("t")))),
                "The 'USER_TYPE_ID' field is not found.");
        assertCore(call("crm.deal.userfield.add", map("fields", map("FIELD_NAME", "X".repeat(44), "USER_TYPE_ID", "string"))),
                "Имя поля слишком длинное (больше 50-ти символов).");
        assertCore(call("crm.deal.userfield.add", map("fields", map("FIELD_NAME", "bad-name", "USER_TYPE_ID", "string"))),
                "Имя поля содержит недопустимые символы. Допустимыми являются: A-Z, 0-9 и _.");
        assertCore(call("crm.deal.userfield.add", map("fields", map("FIELD_NAME", code("ty"), "USER_TYPE_ID", "nope"))),
                "Указан неверный пользовательский тип");
        assertCore(call("crm.deal.userfield.add", map("fields", map("FIELD_NAME", code("xml"), "USER_TYPE_ID",
                "enumeration", "LIST", List.of(map("VALUE", "a", "XML_ID", "X"), map("VALUE", "b", "XML_ID", "X"))))),
                "Элемент списка со значением XML_ID='X' уже существует");
        assertLegacyError(call("crm.deal.userfield.get", map("id", "zero")), "ID is not defined or invalid.");
        assertLegacyError(call("crm.deal.userfield.add", map("fields", "x")), "Parameter 'fields' must be array.");
    }

    @Test
    void aDuplicateFieldNameIsRefused() {
        String code = code("dup");
        addField("deal", "FIELD_NAME", code, "USER_TYPE_ID", "string");

        RawPortal.Reply reply = call("crm.deal.userfield.add", map("fields", map("FIELD_NAME", code, "USER_TYPE_ID", "string")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_description").asString()).contains("UF_CRM_" + code);
    }

    private static void assertCore(RawPortal.Reply reply, String description) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.error()).isIn("", "ERROR_CORE");
        assertThat(reply.json().get("error_description").asString()).isEqualTo(description);
    }
}
