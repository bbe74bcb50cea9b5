package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The legacy CRM methods {@code crm.{deal,lead,contact,company}.add|update|get|delete|fields} (§7):
 * wire shapes (strings, nulls, dates, multi-fields), maintained fields and the errors of §3.2.
 */
public abstract class CrmLegacyContract extends CrmContractSupport {

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
    private static final Pattern DATE_ONLY = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d)T(\\d\\d):00:00\\+(\\d\\d):00");

    @Test
    void addAnswersAnIntegerIdAndGetAnswersStringsNullsAndPortalDates() {
        long id = add("deal", map("TITLE", unique("wire"), "OPPORTUNITY", 1000000, "CURRENCY_ID", "EUR",
                "BEGINDATE", "2024-08-30", "COMMENTS", "a/b <b>"));

        JsonNode deal = get("deal", id);

        assertThat(deal.get("ID").isString()).isTrue();
        assertThat(deal.get("ID").asString()).isEqualTo(Long.toString(id));
        assertThat(deal.get("OPPORTUNITY").asString()).isEqualTo("1000000.00");
        assertThat(deal.get("CURRENCY_ID").asString()).isEqualTo("EUR");
        assertThat(deal.get("CATEGORY_ID").asString()).isEqualTo("0");
        assertThat(deal.get("STAGE_ID").asString()).isEqualTo("NEW");
        assertThat(deal.get("STAGE_SEMANTIC_ID").asString()).isEqualTo("P");
        assertThat(deal.get("CLOSED").asString()).isEqualTo("N");
        assertThat(deal.get("OPENED").asString()).isEqualTo("Y");
        assertThat(deal.get("LEAD_ID").isNull()).isTrue();
        assertThat(deal.get("COMMENTS").asString()).isEqualTo("a/b <b>");
        assertThat(deal.get("DATE_CREATE").asString()).matches(DATE_TIME);
        assertThat(deal.get("DATE_MODIFY").asString()).matches(DATE_TIME);
        assertThat(deal.get("CREATED_BY_ID").isString()).isTrue();
        Matcher begin = DATE_ONLY.matcher(deal.get("BEGINDATE").asString());
        assertThat(begin.matches()).as(deal.get("BEGINDATE").asString()).isTrue();
        assertThat(begin.group(1)).isEqualTo("2024-08-30");
        assertThat(begin.group(2)).as("date-only renders the offset as the hour").isEqualTo(begin.group(3));
        assertThat(deal.has("CONTACT_IDS")).isFalse();
        assertThat(deal.has("PHONE")).isFalse();
    }

    @Test
    void theBodyEscapesSlashesAndMarkupLikePhp() {
        long id = add("deal", map("TITLE", unique("esc"), "COMMENTS", "[B]x[/B] <i>"));

        RawPortal.Reply reply = call("crm.deal.get", map("id", id));

        assertThat(reply.body()).contains("[B]x[\\/B] \\u003Ci\\u003E");
    }

    @Test
    void updateAnswersTrueAndChangesOnlyTheGivenFields() {
        String title = unique("upd");
        long id = add("deal", map("TITLE", title, "OPPORTUNITY", 10));

        JsonNode result = ok("crm.deal.update", map("id", id, "fields", map("OPPORTUNITY", "99.5"),
                "params", map("REGISTER_SONET_EVENT", "N")));

        assertThat(result.isBoolean() && result.asBoolean()).isTrue();
        JsonNode deal = get("deal", id);
        assertThat(deal.get("OPPORTUNITY").asString()).isEqualTo("99.50");
        assertThat(deal.get("TITLE").asString()).isEqualTo(title);
    }

    @Test
    void aFinalStageClosesTheDeal() {
        long id = add("deal", map("TITLE", unique("won")));

        ok("crm.deal.update", map("id", id, "fields", map("STAGE_ID", "WON")));

        JsonNode deal = get("deal", id);
        assertThat(deal.get("STAGE_ID").asString()).isEqualTo("WON");
        assertThat(deal.get("STAGE_SEMANTIC_ID").asString()).isEqualTo("S");
        assertThat(deal.get("CLOSED").asString()).isEqualTo("Y");
        assertThat(deal.get("MOVED_TIME").asString()).matches(DATE_TIME);
    }

    @Test
    void aNewDealWithoutATitleIsNamedAfterItsId() {
        long id = add("deal", map("OPPORTUNITY", 1));

        assertThat(get("deal", id).get("TITLE").asString()).isEqualTo("Сделка #" + id);
    }

    @Test
    void originFieldsAreStored() {
        long id = add("deal", map("TITLE", unique("origin"), "ORIGINATOR_ID", "erp", "ORIGIN_ID", "ext-42"));

        JsonNode deal = get("deal", id);
        assertThat(deal.get("ORIGINATOR_ID").asString()).isEqualTo("erp");
        assertThat(deal.get("ORIGIN_ID").asString()).isEqualTo("ext-42");
    }

    @Test
    void aFullIsoDateIsAcceptedForADateField() {
        long id = add("deal", map("TITLE", unique("iso"), "CLOSEDATE", "2024-09-09T10:00:00+03:00"));

        Matcher close = DATE_ONLY.matcher(get("deal", id).get("CLOSEDATE").asString());
        assertThat(close.matches()).isTrue();
        assertThat(close.group(1)).isEqualTo("2024-09-09");
    }

    @Test
    void parameterNamesAreCaseInsensitive() {
        String title = unique("upper");
        RawPortal.Reply added = call("crm.deal.add", map("FIELDS", map("TITLE", title)));
        long id = added.result().asLong();

        RawPortal.Reply got = call("crm.deal.get", map("ID", id));

        assertThat(got.result().get("TITLE").asString()).isEqualTo(title);
        assertThat(call("crm.deal.update", map("Id", id, "Fields", map("TITLE", title + "!"))).result().asBoolean())
                .isTrue();
    }

    @Test
    void formEncodedFieldsWork() {
        String title = unique("form");
        RawPortal.Reply reply = portal().postForm("crm.lead.add", "fields[TITLE]=" + title
                + "&fields[PHONE][0][VALUE]=%2B7%20900%20000&fields[PHONE][0][VALUE_TYPE]=WORK&params[REGISTER_SONET_EVENT]=Y");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode lead = get("lead", reply.result().asLong());
        assertThat(lead.get("TITLE").asString()).isEqualTo(title);
        assertThat(lead.get("PHONE").get(0).get("VALUE").asString()).isEqualTo("+7 900 000");
    }

    @Test
    void leadsStartInTheFirstStatusAndReachSuccessWhenConverted() {
        long id = add("lead", map("TITLE", unique("lead")));
        assertThat(get("lead", id).get("STATUS_ID").asString()).isEqualTo("NEW");

        ok("crm.lead.update", map("id", id, "fields", map("STATUS_ID", "CONVERTED")));

        JsonNode lead = get("lead", id);
        assertThat(lead.get("STATUS_SEMANTIC_ID").asString()).isEqualTo("S");
        assertThat(lead.get("DATE_CLOSED").asString()).matches(DATE_TIME);
    }

    @Test
    void multiFieldsAreListedWithIdsAndUpdatedByAppendChangeAndDelete() {
        long id = add("contact", map("NAME", unique("fm"), "PHONE", List.of(map("VALUE", "+7 111", "VALUE_TYPE", "WORK")),
                "EMAIL", List.of(map("VALUE", "a@example.com"))));
        JsonNode contact = get("contact", id);
        JsonNode phone = contact.get("PHONE").get(0);
        assertThat(phone.get("ID").isString()).isTrue();
        assertThat(phone.get("VALUE_TYPE").asString()).isEqualTo("WORK");
        assertThat(phone.get("TYPE_ID").asString()).isEqualTo("PHONE");
        assertThat(contact.get("HAS_PHONE").asString()).isEqualTo("Y");
        assertThat(contact.get("EMAIL").get(0).get("VALUE_TYPE").asString()).isEqualTo("WORK");
        assertThat(contact.has("WEB")).as("empty multi-fields are left out").isFalse();
        String phoneId = phone.get("ID").asString();

        ok("crm.contact.update", map("id", id, "fields", map("PHONE", List.of(map("VALUE", "+7 222", "VALUE_TYPE", "MOBILE")))));
        assertThat(get("contact", id).get("PHONE")).hasSize(2);

        ok("crm.contact.update", map("id", id, "fields", map("PHONE", List.of(map("ID", phoneId, "VALUE", "+7 333")))));
        assertThat(get("contact", id).get("PHONE").get(0).get("VALUE").asString()).isEqualTo("+7 333");

        ok("crm.contact.update", map("id", id, "fields", map("PHONE", List.of(map("ID", phoneId, "DELETE", "Y")))));
        JsonNode phones = get("contact", id).get("PHONE");
        assertThat(phones).hasSize(1);
        assertThat(phones.get(0).get("VALUE").asString()).isEqualTo("+7 222");
    }

    @Test
    void aMissingOrInvalidIdIsRefused() {
        assertLegacyError(call("crm.deal.get", map()), "ID is not defined or invalid.");
        assertLegacyError(call("crm.deal.get", map("id", 0)), "ID is not defined or invalid.");
        assertLegacyError(call("crm.contact.update", map("id", "abc", "fields", map())), "ID is not defined or invalid.");
        assertLegacyError(call("crm.lead.delete", map("id", -5)), "ID is not defined or invalid.");
    }

    @Test
    void anUnknownIdIsNotFound() {
        long missing = 900_000_000L;
        assertLegacyError(call("crm.deal.get", map("id", missing)), "Not found");
        assertLegacyError(call("crm.deal.update", map("id", missing, "fields", map("TITLE", "x"))), "Not found");
        assertLegacyError(call("crm.contact.update", map("id", missing, "fields", map("NAME", "x"))),
                "Contact is not found");
        assertLegacyError(call("crm.company.delete", map("id", missing)), "Company is not found");
    }

    @Test
    void deleteRemovesTheRecord() {
        long id = add("company", map("TITLE", unique("del")));

        assertThat(ok("crm.company.delete", map("id", id)).asBoolean()).isTrue();

        assertLegacyError(call("crm.company.get", map("id", id)), "Not found");
    }

    @Test
    void fieldsAndParamsMustBeArrays() {
        assertLegacyError(call("crm.deal.add", map("fields", "TITLE")), "Parameter 'fields' must be array.");
        assertLegacyError(call("crm.deal.add", map()), "Parameter 'fields' must be array.");
        assertLegacyError(call("crm.deal.add", map("fields", map("TITLE", "x"), "params", "Y")),
                "Parameter 'params' must be array.");
        long id = add("deal", map("TITLE", unique("arr")));
        assertLegacyError(call("crm.deal.update", map("id", id)), "Parameter 'fields' must be array.");
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        RawPortal.Reply reply = call("crm.deal.add", map("fields", map("TITLE", "x", "CURRENCY_ID", "XYZ")));

        assertLegacyError(reply, "Неверное значение поля «Валюта»");
    }

    @Test
    void dealFieldsDescribeTypesFlagsAndTitles() {
        JsonNode fields = ok("crm.deal.fields", map());

        JsonNode stage = fields.get("STAGE_ID");
        assertThat(stage.get("type").asString()).isEqualTo("crm_status");
        assertThat(stage.get("statusType").asString()).isEqualTo("DEAL_STAGE");
        assertThat(stage.get("title").asString()).isEqualTo("Стадия сделки");
        assertThat(stage.get("isDynamic").asBoolean()).isFalse();
        assertThat(fields.get("CATEGORY_ID").get("isImmutable").asBoolean()).isTrue();
        assertThat(fields.get("CONTACT_ID").get("isDeprecated").asBoolean()).isTrue();
        assertThat(fields.get("CONTACT_IDS").get("isMultiple").asBoolean()).isTrue();
        assertThat(fields.get("TITLE").has("isDeprecated")).isFalse();
        assertThat(fields.get("COMPANY_ID").get("settings").get("parentEntityTypeId").asInt()).isEqualTo(4);
        assertThat(fields.get("DATE_CREATE").get("isReadOnly").asBoolean()).isTrue();
        assertThat(fields.propertyNames()).startsWith("ID", "TITLE", "TYPE_ID", "CATEGORY_ID", "STAGE_ID");
    }

    @Test
    void contactAndCompanyFieldsListTheMultiFields() {
        for (String entity : List.of("contact", "company", "lead")) {
            JsonNode phone = ok("crm." + entity + ".fields", map()).get("PHONE");
            assertThat(phone.get("type").asString()).isEqualTo("crm_multifield");
            assertThat(phone.get("isMultiple").asBoolean()).isTrue();
        }
        assertThat(ok("crm.company.fields", map()).get("TITLE").get("isRequired").asBoolean()).isTrue();
    }
}
