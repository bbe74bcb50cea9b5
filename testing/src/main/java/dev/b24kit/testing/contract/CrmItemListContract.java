package dev.b24kit.testing.contract;

import static dev.b24kit.testing.contract.JsonCall.list;
import static dev.b24kit.testing.contract.JsonCall.map;
import static dev.b24kit.testing.contract.UniversalCalls.description;
import static dev.b24kit.testing.contract.UniversalCalls.entityTypeId;
import static dev.b24kit.testing.contract.UniversalCalls.error;
import static dev.b24kit.testing.contract.UniversalCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * {@code crm.item.list} (§6, §9.2): D7 pages of 50 with {@code total} and {@code next}, {@code start=-1}
 * without a count, {@code select} and {@code fm}, filters with operators and OR groups, order, names in
 * either spelling, the errors of bad filters and orders. Each test lists a smart process it made itself.
 */
public abstract class CrmItemListContract {

    protected abstract ContractTarget target();

    private UniversalCalls calls() {
        return new UniversalCalls(new RawPortal(target().webhookUrl()));
    }

    /** A fresh smart process with {@code count} items titled {@code "Item 1"} …. */
    private long typeWithItems(UniversalCalls calls, int count) {
        long entityTypeId = entityTypeId(calls.addType("title", "Список " + count));
        for (int i = 1; i <= count; i++) {
            calls.addItem(entityTypeId, "title", "Item " + i);
        }
        return entityTypeId;
    }

    private RawPortal.Reply page(UniversalCalls calls, long entityTypeId, Object... more) {
        Map<String, Object> params = map("entityTypeId", entityTypeId);
        params.putAll(map(more));
        RawPortal.Reply reply = calls.call("crm.item.list", params);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }

    @Test
    void pagesHoldFiftyItemsWithTotalAndNext() {
        UniversalCalls calls = calls();
        long entityTypeId = typeWithItems(calls, 51);

        RawPortal.Reply first = page(calls, entityTypeId);
        RawPortal.Reply second = page(calls, entityTypeId, "start", 50);

        assertThat(first.result().get("items").size()).isEqualTo(50);
        assertThat(first.json().get("total").asInt()).isEqualTo(51);
        assertThat(first.json().get("next").asInt()).isEqualTo(50);
        assertThat(second.result().get("items").size()).isEqualTo(1);
        assertThat(second.json().has("next")).isFalse();
        RawPortal.Reply rounded = page(calls, entityTypeId, "start", 73);
        assertThat(rounded.result().get("items").size()).isEqualTo(1);
    }

    @Test
    void startMinusOneSkipsTheCountForTheKeysetExport() {
        UniversalCalls calls = calls();
        long entityTypeId = typeWithItems(calls, 3);

        RawPortal.Reply page = page(calls, entityTypeId, "start", -1, "order", map("id", "ASC"),
                "filter", map(">id", 0));
        List<Long> ids = ids(page.result().get("items"));
        RawPortal.Reply rest = page(calls, entityTypeId, "start", -1, "order", map("id", "ASC"),
                "filter", map(">id", ids.getFirst()));

        assertThat(page.json().get("total").asInt()).isZero();
        assertThat(page.json().has("next")).isFalse();
        assertThat(ids).hasSize(3);
        assertThat(ids(rest.result().get("items"))).containsExactlyElementsOf(ids.subList(1, 3));
    }

    @Test
    void selectNarrowsItemsAndFmComesOnlyWithStar() {
        UniversalCalls calls = calls();
        JsonNode contact = calls.addItem(3, "name", "Пётр", "lastName", "Выборкин", "fm",
                list(map("typeId", "PHONE", "valueType", "WORK", "value", "+79991112233")));

        JsonNode narrow = page(calls, 3, "select", list("id", "name", "fm"), "filter", map("id", id(contact)))
                .result().get("items").get(0);
        JsonNode star = page(calls, 3, "select", list("*"), "filter", map("id", id(contact)))
                .result().get("items").get(0);

        assertThat(narrow.propertyNames()).containsExactlyInAnyOrder("id", "name");
        assertThat(star.get("fm").get(0).get("value").asString()).isEqualTo("+79991112233");
        assertThat(star.get("entityTypeId").asInt()).isEqualTo(3);
    }

    @Test
    void filtersCombineOperatorsAndOrGroups() {
        UniversalCalls calls = calls();
        long entityTypeId = typeWithItems(calls, 5);

        RawPortal.Reply reply = page(calls, entityTypeId, "filter", map(
                "0", map("logic", "OR", "0", map("title", "Item 1"), "1", map("%title", "m 4"),
                        "2", map("=%title", "Item 5")),
                "!title", "Item 5"), "order", map("title", "DESC"));

        assertThat(titles(reply.result().get("items"))).containsExactly("Item 4", "Item 1");
        assertThat(reply.json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void namesInEitherSpellingWorkInFilterAndOrder() {
        UniversalCalls calls = calls();
        long entityTypeId = typeWithItems(calls, 3);

        RawPortal.Reply reply = page(calls, entityTypeId, "order", map("ID", "DESC"), "filter",
                map("@TITLE", list("Item 1", "Item 3")));

        assertThat(titles(reply.result().get("items"))).containsExactly("Item 3", "Item 1");
    }

    @Test
    void anUnknownFilterFieldIsAnInvalidArgument() {
        RawPortal.Reply reply = calls().fails("crm.item.list", map("entityTypeId", 2, "filter", map(">nope", 1)));

        assertThat(error(reply)).isEqualTo("INVALID_ARG_VALUE");
        assertThat(description(reply)).isEqualTo("Invalid filter: field 'nope' is not allowed in filter");
    }

    @Test
    void aBadOrderIsAnInvalidArgument() {
        RawPortal.Reply direction = calls().fails("crm.item.list", map("entityTypeId", 2, "order", map("id", "UP")));
        assertThat(error(direction)).isEqualTo("INVALID_ARG_VALUE");
        assertThat(description(direction))
                .isEqualTo("Invalid order: allowed sort directions are ASC, DESC. But got 'UP' for field 'id'");

        RawPortal.Reply field = calls().fails("crm.item.list", map("entityTypeId", 2, "order", map("nope", "ASC")));
        assertThat(description(field)).isEqualTo("Invalid order: field 'nope' is not allowed in order");
    }

    @Test
    void anUnreadableDateInAFilterIsAnInvalidArgument() {
        RawPortal.Reply reply = calls().fails("crm.item.list", map("entityTypeId", 2, "filter",
                map(">createdTime", "yesterday-ish")));

        assertThat(error(reply)).isEqualTo("INVALID_ARG_VALUE");
        assertThat(description(reply)).isEqualTo("Invalid filter: field 'createdTime' has invalid value");
    }

    @Test
    void booleanUserFieldsAreFilteredWithOneAndZeroNotYesNo() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Флажки");
        long entityTypeId = entityTypeId(type);
        String name = "UF_CRM_" + id(type) + "_FLAG";
        calls.addUserField("CRM_" + id(type), name, "boolean");
        String camel = "ufCrm" + id(type) + "Flag";
        long yes = id(calls.addItem(entityTypeId, camel, "Y"));
        long no = id(calls.addItem(entityTypeId, camel, "N"));

        assertThat(calls.getItem(entityTypeId, yes).get(camel).asString()).isEqualTo("Y");
        assertThat(ids(page(calls, entityTypeId, "filter", map(camel, 1)).result().get("items"))).containsExactly(yes);
        assertThat(ids(page(calls, entityTypeId, "filter", map(camel, 0)).result().get("items"))).containsExactly(no);
        RawPortal.Reply refused = calls.fails("crm.item.list", map("entityTypeId", entityTypeId, "filter",
                map(camel, "Y")));
        assertThat(error(refused)).isEqualTo("INVALID_ARG_VALUE");
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }
}
