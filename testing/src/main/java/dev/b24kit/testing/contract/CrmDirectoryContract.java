package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** {@code crm.status.*} (§7.4) and {@code crm.duplicate.findbycomm} (§11). */
public abstract class CrmDirectoryContract extends CrmContractSupport {

    @Test
    void dealStagesOfTheDefaultPipelineAreListedWithTotal() {
        RawPortal.Reply reply = call("crm.status.list", map("order", map("SORT", "ASC"), "filter", map("ENTITY_ID", "DEAL_STAGE")));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode first = reply.result().get(0);
        assertThat(first.get("STATUS_ID").asString()).isEqualTo("NEW");
        assertThat(first.get("SORT").isString()).isTrue();
        assertThat(first.get("SYSTEM").asString()).isEqualTo("Y");
        assertThat(first.get("CATEGORY_ID").isNull()).isTrue();
        assertThat(first.get("SEMANTICS").isNull()).isTrue();
        assertThat(first.get("EXTRA").get("SEMANTICS").asString()).isEqualTo("process");
        assertThat(reply.json().get("total").asInt()).isEqualTo(reply.result().size());
        List<String> semantics = new ArrayList<>();
        reply.result().forEach(row -> semantics.add(row.get("EXTRA").get("SEMANTICS").asString()));
        assertThat(semantics).contains("success", "failure");
    }

    @Test
    void leadStatusesAndDictionariesExist() {
        JsonNode statuses = ok("crm.status.list", map("filter", map("ENTITY_ID", "STATUS")));
        List<String> ids = new ArrayList<>();
        statuses.forEach(row -> ids.add(row.get("STATUS_ID").asString()));
        assertThat(ids).contains("NEW", "CONVERTED", "JUNK");
        for (String dictionary : List.of("SOURCE", "DEAL_TYPE", "CONTACT_TYPE", "COMPANY_TYPE", "INDUSTRY", "EMPLOYEES",
                "HONORIFIC")) {
            assertThat(ok("crm.status.list", map("filter", map("ENTITY_ID", dictionary)))).as(dictionary).isNotEmpty();
        }
    }

    @Test
    void statusFieldsDescribeTheRows() {
        JsonNode fields = ok("crm.status.fields", map());

        assertThat(fields.get("ENTITY_ID").get("isRequired").asBoolean()).isTrue();
        assertThat(fields.get("EXTRA").get("type").asString()).isEqualTo("crm_status_extra");
    }

    @Test
    void aCustomSourceCanBeAddedRenamedAndDeleted() {
        String code = unique("SRC").toUpperCase();
        long id = ok("crm.status.add", map("fields", map("ENTITY_ID", "SOURCE", "STATUS_ID", code, "NAME", "Партнёр",
                "SORT", 500))).asLong();

        ok("crm.status.update", map("id", id, "fields", map("NAME", "Партнёры")));
        JsonNode row = ok("crm.status.get", map("id", id));
        assertThat(row.get("NAME").asString()).isEqualTo("Партнёры");
        assertThat(row.get("SYSTEM").asString()).isEqualTo("N");

        assertThat(ok("crm.status.delete", map("id", id)).asBoolean()).isTrue();
        assertThat(ok("crm.status.list", map("filter", map("STATUS_ID", code)))).isEmpty();
    }

    @Test
    void aNonArrayFilterIsInvalidParameters() {
        RawPortal.Reply reply = call("crm.status.list", map("filter", "DEAL_STAGE"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("Invalid parameters.");
    }

    @Test
    void findByCommMatchesPhonesWhateverTheirFormattingAndEmailsWhateverTheirCase() {
        String digits = Long.toString(9_000_000_000L + (System.nanoTime() % 999_999_999L));
        String email = unique("dup") + "@Example.com";
        long contact = add("contact", map("NAME", unique("dup"), "PHONE", List.of(map("VALUE", "+7 (" + digits.substring(0, 3)
                + ") " + digits.substring(3))), "EMAIL", List.of(map("VALUE", email))));

        JsonNode byPhone = ok("crm.duplicate.findbycomm", map("type", "PHONE", "values", List.of("8" + digits)));
        JsonNode byEmail = ok("crm.duplicate.findbycomm", map("entity_type", "CONTACT", "type", "EMAIL",
                "values", List.of(email.toLowerCase())));

        assertThat(byPhone.get("CONTACT").get(0).isIntegralNumber()).isTrue();
        assertThat(byPhone.get("CONTACT").get(0).asLong()).isEqualTo(contact);
        assertThat(byEmail.get("CONTACT").get(0).asLong()).isEqualTo(contact);
    }

    @Test
    void findByCommWithoutMatchesAnswersAnEmptyArray() {
        RawPortal.Reply reply = call("crm.duplicate.findbycomm", map("type", "EMAIL", "values", List.of(unique("none") + "@x.y")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().isArray()).isTrue();
        assertThat(reply.result()).isEmpty();
    }

    @Test
    void findByCommErrorsUseTheSentenceAsTheCode() {
        assertThat(call("crm.duplicate.findbycomm", map("values", List.of("1"))).error())
                .isEqualTo("Communication type is not defined");
        assertThat(call("crm.duplicate.findbycomm", map("type", "FAX", "values", List.of("1"))).error())
                .isEqualTo("Communication type 'FAX' is not supported in current context");
        assertThat(call("crm.duplicate.findbycomm", map("type", "PHONE")).error())
                .isEqualTo("Communication values is not defined");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("7900000000" + i);
        }
        RawPortal.Reply tooMany = call("crm.duplicate.findbycomm", map("type", "PHONE", "values", many));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("error_description").asString()).contains("20");
    }
}
