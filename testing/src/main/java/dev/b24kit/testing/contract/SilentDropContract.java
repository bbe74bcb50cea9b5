package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The silent drops of §8: writes that answer {@code true} while dropping unknown, read-only and
 * immutable fields, enumeration values that are not item IDs, stages outside the pipeline and
 * unparsable dates; and, on a test portal, strict mode switched through the admin API, which refuses
 * the same writes with {@code TESTPORTAL_STRICT_DROP} naming the field.
 */
public abstract class SilentDropContract extends CrmContractSupport {

    private static final String STRICT_CODE = "TESTPORTAL_STRICT_DROP";

    @AfterEach
    void backToSilent() {
        if (hasAdmin()) {
            admin("silent-drops", "all=silent");
        }
    }

    private JsonNode update(long id, Object... fields) {
        return ok("crm.deal.update", map("id", id, "fields", map(fields)));
    }

    private String enumField(String... values) {
        String code = unique("SD").replace('-', '_').toUpperCase();
        List<Object> list = new java.util.ArrayList<>();
        for (String value : values) {
            list.add(map("VALUE", value));
        }
        ok("crm.deal.userfield.add", map("fields", map("FIELD_NAME", code, "USER_TYPE_ID", "enumeration", "LIST", list)));
        return "UF_CRM_" + code;
    }

    private String itemId(String field, int index) {
        return ok("crm.deal.fields", map()).get(field).get("items").get(index).get("ID").asString();
    }

    @Test
    void unknownReadOnlyAndImmutableFieldsAreDroppedAndTheUpdateSucceeds() {
        String title = unique("drop");
        long id = add("deal", map("TITLE", title));
        JsonNode before = get("deal", id);

        assertThat(update(id, "NO_SUCH_FIELD", "x", "DATE_CREATE", "2001-01-01T00:00:00+03:00", "STAGE_SEMANTIC_ID", "S",
                "CATEGORY_ID", 5, "TITLE", title + "!").asBoolean()).isTrue();

        JsonNode after = get("deal", id);
        assertThat(after.get("TITLE").asString()).isEqualTo(title + "!");
        assertThat(after.get("DATE_CREATE").asString()).isEqualTo(before.get("DATE_CREATE").asString());
        assertThat(after.get("STAGE_SEMANTIC_ID").asString()).isEqualTo("P");
        assertThat(after.get("CATEGORY_ID").asString()).isEqualTo("0");
        assertThat(after.has("NO_SUCH_FIELD")).isFalse();
    }

    @Test
    void anEnumerationLabelOrAWrongItemIdIsDroppedAndTheOldValueKept() {
        String field = enumField("Красный", "Синий");
        String red = itemId(field, 0);
        long id = add("deal", map("TITLE", unique("enum"), field, red));

        assertThat(update(id, field, "Синий").asBoolean()).isTrue();
        assertThat(get("deal", id).get(field).asString()).isEqualTo(red);

        assertThat(update(id, field, "999999999").asBoolean()).isTrue();
        assertThat(get("deal", id).get(field).asString()).isEqualTo(red);
    }

    @Test
    void aStageOutsideTheDealsPipelineIsDropped() {
        long id = add("deal", map("TITLE", unique("stage"), "STAGE_ID", "PREPARATION"));

        assertThat(update(id, "STAGE_ID", "C999:NEW").asBoolean()).isTrue();

        assertThat(get("deal", id).get("STAGE_ID").asString()).isEqualTo("PREPARATION");
    }

    @Test
    void anUnparsableDateIsDroppedAndTheOldValueKept() {
        long id = add("deal", map("TITLE", unique("date"), "CLOSEDATE", "2030-01-02"));

        assertThat(update(id, "CLOSEDATE", "next tuesday").asBoolean()).isTrue();

        assertThat(get("deal", id).get("CLOSEDATE").asString()).startsWith("2030-01-02T");
    }

    @Test
    void strictModeRefusesEachDropNamingTheField() {
        assumeTrue(hasAdmin(), "needs the test portal's admin API");
        String field = enumField("A");
        long id = add("deal", map("TITLE", unique("strict")));
        JsonNode modes = admin("silent-drops", "all=strict");
        assertThat(modes.get("enumValues").asString()).isEqualTo("strict");

        assertStrict(call("crm.deal.update", map("id", id, "fields", map("NO_SUCH_FIELD", 1))), "NO_SUCH_FIELD");
        assertStrict(call("crm.deal.update", map("id", id, "fields", map("DATE_CREATE", "2001-01-01"))), "DATE_CREATE");
        assertStrict(call("crm.deal.update", map("id", id, "fields", map("CATEGORY_ID", 0))), "CATEGORY_ID");
        assertStrict(call("crm.deal.update", map("id", id, "fields", map(field, "A"))), field);
        assertStrict(call("crm.deal.update", map("id", id, "fields", map("STAGE_ID", "C999:NEW"))), "C999:NEW");
        assertStrict(call("crm.deal.add", map("fields", map("TITLE", "x", "OPPORTUNITY_TYPO", 1))), "OPPORTUNITY_TYPO");
    }

    @Test
    void eachDropSwitchesOnItsOwn() {
        assumeTrue(hasAdmin(), "needs the test portal's admin API");
        long id = add("deal", map("TITLE", unique("one")));

        JsonNode modes = admin("silent-drops", "readOnlyFields=strict");

        assertThat(modes.get("readOnlyFields").asString()).isEqualTo("strict");
        assertThat(modes.get("unknownFields").asString()).isEqualTo("silent");
        assertThat(update(id, "NO_SUCH_FIELD", 1).asBoolean()).isTrue();
        assertStrict(call("crm.deal.update", map("id", id, "fields", map("MODIFY_BY_ID", 5))), "MODIFY_BY_ID");
    }

    @Test
    void theAdminEndpointRefusesAnUnknownMode() {
        assumeTrue(hasAdmin(), "needs the test portal's admin API");
        java.net.URI uri = target().adminUrl().orElseThrow().resolve("silent-drops");
        RawPortal.Reply reply = portal().send(java.net.http.HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("enumValues=loud")));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("enumValues").contains("silent, strict");
    }

    private static void assertStrict(RawPortal.Reply reply, String named) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo(STRICT_CODE);
        assertThat(reply.json().get("error_description").asString()).contains(named);
    }
}
