package dev.b24kit.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Legacy list methods (§6): filter operators, order, select with {@code *} and {@code UF_*},
 * multi-fields only when named, pages of 50 with {@code total}/{@code next}, {@code start} rounded
 * down, {@code start=-1} without a count. Every query filters by a marker this suite created, so
 * other data on the portal does not matter.
 */
public abstract class CrmListContract extends CrmContractSupport {

    /** Adds deals titled "{tag} {n}" with OPPORTUNITY n*100, n = 1..count; returns their IDs. */
    private List<Long> deals(String tag, int count) {
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            ids.add(add("deal", map("TITLE", tag + " " + n, "OPPORTUNITY", n * 100)));
        }
        return ids;
    }

    private RawPortal.Reply list(String entity, Map<String, Object> params) {
        RawPortal.Reply reply = call("crm." + entity + ".list", params);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    private static List<String> titles(RawPortal.Reply reply) {
        List<String> titles = new ArrayList<>();
        reply.result().forEach(row -> titles.add(row.get("TITLE").asString()));
        return titles;
    }

    @Test
    void aFilteredListAnswersStringRowsAndTheTotal() {
        String tag = unique("list");
        deals(tag, 3);

        RawPortal.Reply reply = list("deal", map("filter", map("%TITLE", tag)));

        assertThat(reply.result().isArray()).isTrue();
        assertThat(reply.result()).hasSize(3);
        assertThat(reply.json().get("total").asInt()).isEqualTo(3);
        assertThat(reply.json().has("next")).isFalse();
        JsonNode row = reply.result().get(0);
        assertThat(row.get("ID").isString()).isTrue();
        assertThat(row.get("OPPORTUNITY").asString()).isEqualTo("100.00");
        assertThat(row.has("STAGE_ID")).isTrue();
        assertThat(row.has("PHONE")).isFalse();
    }

    @Test
    void comparisonInAndNegationOperatorsFilter() {
        String tag = unique("ops");
        List<Long> ids = deals(tag, 5);

        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, ">OPPORTUNITY", 300)))))
                .containsExactly(tag + " 4", tag + " 5");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, ">=OPPORTUNITY", 300, "<OPPORTUNITY", 500)))))
                .containsExactly(tag + " 3", tag + " 4");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "<=OPPORTUNITY", "200"))))).hasSize(2);
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "@ID", List.of(ids.get(0), ids.get(2)))))))
                .containsExactly(tag + " 1", tag + " 3");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "!@ID", List.of(ids.get(0), ids.get(2)))))))
                .containsExactly(tag + " 2", tag + " 4", tag + " 5");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "!ID", ids.get(1)))))).hasSize(4);
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "!=OPPORTUNITY", 100))))).hasSize(4);
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "ID", ids.get(4)))))).containsExactly(tag + " 5");
    }

    @Test
    void likeOperatorsTakeSubstringsOrExplicitWildcards() {
        String tag = unique("like");
        deals(tag, 3);

        assertThat(titles(list("deal", map("filter", map("=%TITLE", tag + "%"))))).hasSize(3);
        assertThat(titles(list("deal", map("filter", map("%=TITLE", "%" + tag.substring(2) + " 2"))))).hasSize(1);
        assertThat(titles(list("deal", map("filter", map("=%TITLE", tag.substring(2)))))).isEmpty();
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag.toUpperCase()))))).hasSize(3);
    }

    @Test
    void stageAndDateFiltersWork() {
        String tag = unique("stage");
        List<Long> ids = deals(tag, 3);
        ok("crm.deal.update", map("id", ids.get(0), "fields", map("STAGE_ID", "WON")));

        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "STAGE_ID", "WON"))))).containsExactly(tag + " 1");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "!STAGE_ID", "WON"))))).hasSize(2);
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "@STAGE_ID", List.of("WON", "NEW")))))).hasSize(3);
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, ">DATE_CREATE", "2000-01-01")))))
                .hasSize(3);
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "<DATE_CREATE", "2000-01-01T00:00:00+03:00")))))
                .isEmpty();
    }

    @Test
    void unknownFilterFieldsAreIgnored() {
        String tag = unique("unk");
        deals(tag, 2);

        assertThat(titles(list("deal", map("filter", map("%TITLE", tag, "NO_SUCH_FIELD", "x"))))).hasSize(2);
    }

    @Test
    void orderSortsAndBreaksTiesById() {
        String tag = unique("order");
        deals(tag, 3);

        assertThat(titles(list("deal", map("filter", map("%TITLE", tag), "order", map("OPPORTUNITY", "DESC")))))
                .containsExactly(tag + " 3", tag + " 2", tag + " 1");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag), "order", map("ID", "desc")))))
                .containsExactly(tag + " 3", tag + " 2", tag + " 1");
        assertThat(titles(list("deal", map("filter", map("%TITLE", tag), "order", map("STAGE_ID", "ASC")))))
                .containsExactly(tag + " 1", tag + " 2", tag + " 3");
    }

    @Test
    void selectNamesTheFieldsInItsOrder() {
        String tag = unique("sel");
        deals(tag, 1);

        JsonNode row = list("deal", map("filter", map("%TITLE", tag), "select", List.of("TITLE", "id"))).result().get(0);

        assertThat(row.propertyNames()).containsExactly("TITLE", "ID");
    }

    @Test
    void selectStarLeavesOutUserFieldsAndUfStarAddsThem() {
        String code = ok("crm.deal.userfield.add", map("fields", map("FIELD_NAME", unique("SELUF").replace('-', '_'),
                "USER_TYPE_ID", "string"))).asString();
        String tag = unique("star");
        deals(tag, 1);
        String name = ok("crm.deal.userfield.get", map("id", code)).get("FIELD_NAME").asString();

        JsonNode star = list("deal", map("filter", map("%TITLE", tag), "select", List.of("*"))).result().get(0);
        JsonNode both = list("deal", map("filter", map("%TITLE", tag), "select", List.of("*", "UF_*"))).result().get(0);
        JsonNode byDefault = list("deal", map("filter", map("%TITLE", tag))).result().get(0);

        assertThat(star.has(name)).isFalse();
        assertThat(star.has("TITLE")).isTrue();
        assertThat(both.has(name)).isTrue();
        assertThat(byDefault.has(name)).as("default select is * + UF_*").isTrue();
    }

    @Test
    void multiFieldsAreListedOnlyWhenNamed() {
        String tag = unique("fmsel");
        add("contact", map("NAME", tag, "PHONE", List.of(map("VALUE", "+7 555"))));

        JsonNode plain = list("contact", map("filter", map("NAME", tag))).result().get(0);
        JsonNode named = list("contact", map("filter", map("NAME", tag), "select", List.of("ID", "PHONE"))).result().get(0);

        assertThat(plain.has("PHONE")).isFalse();
        assertThat(named.get("PHONE").get(0).get("VALUE").asString()).isEqualTo("+7 555");
    }

    @Test
    void pagesHoldFiftyRowsWithTotalAndNext() {
        String tag = unique("page");
        deals(tag, 55);
        Map<String, Object> filter = map("%TITLE", tag);

        RawPortal.Reply first = list("deal", map("filter", filter, "order", map("ID", "ASC"), "start", 0));
        RawPortal.Reply second = list("deal", map("filter", filter, "order", map("ID", "ASC"), "start", 50));
        RawPortal.Reply rounded = list("deal", map("filter", filter, "order", map("ID", "ASC"), "start", 73));

        assertThat(first.result()).hasSize(50);
        assertThat(first.json().get("total").asInt()).isEqualTo(55);
        assertThat(first.json().get("next").asInt()).isEqualTo(50);
        assertThat(second.result()).hasSize(5);
        assertThat(second.json().get("total").asInt()).isEqualTo(55);
        assertThat(second.json().has("next")).isFalse();
        assertThat(titles(rounded)).as("start is rounded down to a multiple of 50").isEqualTo(titles(second));
    }

    @Test
    void startMinusOneSkipsTheCountAndServesKeysetPages() {
        String tag = unique("keyset");
        List<Long> ids = deals(tag, 55);
        Map<String, Object> order = map("ID", "ASC");

        RawPortal.Reply first = list("deal", map("filter", map("%TITLE", tag, ">ID", 0), "order", order, "start", -1));
        long last = first.result().get(49).get("ID").asLong();
        RawPortal.Reply second = list("deal", map("filter", map("%TITLE", tag, ">ID", last), "order", order, "start", -1));

        assertThat(first.result()).hasSize(50);
        assertThat(first.json().get("total").asInt()).isZero();
        assertThat(first.json().has("next")).isFalse();
        assertThat(last).isEqualTo(ids.get(49));
        assertThat(second.result()).hasSize(5);
        assertThat(second.result().get(0).get("ID").asLong()).isEqualTo(ids.get(50));
    }

    @Test
    void filterAndOrderMustBeArrays() {
        assertLegacyError(call("crm.deal.list", map("filter", "x")), "Parameter 'filter' must be array.");
        assertLegacyError(call("crm.contact.list", map("order", "x")), "Parameter 'order' must be array.");
    }

    @Test
    void aBadOrderDirectionIsRefused() {
        assertLegacyError(call("crm.deal.list", map("order", map("ID", "UP"))), "Order direction should be one of {ASC|DESC}");
    }

    @Test
    void listParametersAreCaseInsensitiveAndWorkOverGet() {
        String tag = unique("get");
        deals(tag, 2);

        RawPortal.Reply reply = portal().get("crm.deal.list", "FILTER[%25TITLE]=" + tag + "&SELECT[]=ID&SELECT[]=TITLE");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.result()).hasSize(2);
        assertThat(reply.result().get(0).propertyNames()).containsExactly("ID", "TITLE");
    }
}
