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
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Smart-process types, {@code crm.type.*} (§9.1): shapes, settings, relations, list paging and the
 * D7 naming pitfall, errors. Creates its own types, so it holds on a portal that already has some.
 */
public abstract class SmartProcessContract {

    protected abstract ContractTarget target();

    private UniversalCalls calls() {
        return new UniversalCalls(new RawPortal(target().webhookUrl()));
    }

    @Test
    void addingATypeAnswersItWithYesNoSettingsRelationsAndDates() {
        JsonNode type = calls().addType("title", "Договоры", "isCategoriesEnabled", "Y", "isStagesEnabled", "Y");

        assertThat(type.get("id").isIntegralNumber()).isTrue();
        assertThat(type.get("title").asString()).isEqualTo("Договоры");
        assertThat(type.get("isCategoriesEnabled").asString()).isEqualTo("Y");
        assertThat(type.get("isClientEnabled").asString()).isEqualTo("N");
        assertThat(type.get("isSetOpenPermissions").asString()).isEqualTo("Y");
        assertThat(type.get("createdTime").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
        assertThat(type.get("relations").get("parent").isArray()).isTrue();
        assertThat(type.get("linkedUserFields").get("TASKS_TASK|UF_CRM_TASK").asString()).isEqualTo("N");
        assertThat(type.get("customSections").isArray()).isTrue();
        assertThat(type.has("customSectionId")).isTrue();
    }

    @Test
    void assignedEntityTypeIdsAreDistinctAndInTheDocumentedRanges() {
        long first = entityTypeId(calls().addType("title", "Первый"));
        long second = entityTypeId(calls().addType("title", "Второй"));

        assertThat(first).isNotEqualTo(second);
        for (long id : new long[] {first, second}) {
            assertThat((id >= 128 && id < 192) || (id >= 1030 && id % 2 == 0)).as("entityTypeId %d", id).isTrue();
        }
    }

    @Test
    void aChosenEntityTypeIdIsKeptAndOneOutOfRangeIsRefused() {
        long chosen = 2_000_000 + 2L * (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000);
        assertThat(entityTypeId(calls().addType("title", "Выбранный", "entityTypeId", chosen))).isEqualTo(chosen);

        RawPortal.Reply odd = calls().fails("crm.type.add", map("fields", map("title", "x", "entityTypeId", 1031)));
        assertThat(error(odd)).isEqualTo("INVALID_ARG_VALUE");
        assertThat(description(odd)).isEqualTo("entityTypeId is out of allowed range");
    }

    @Test
    void getGetByEntityTypeIdAndListShowTheSameType() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Заявки");

        JsonNode got = calls.ok("crm.type.get", map("id", id(type))).get("type");
        JsonNode byEntity = calls.ok("crm.type.getByEntityTypeId", map("entityTypeId", entityTypeId(type))).get("type");
        JsonNode listed = calls.ok("crm.type.list", map("filter", map("id", id(type)))).get("types").get(0);

        assertThat(got).isEqualTo(type);
        assertThat(byEntity).isEqualTo(type);
        assertThat(listed.get("title").asString()).isEqualTo("Заявки");
        assertThat(listed.has("relations")).isFalse();
    }

    @Test
    void listFiltersWithOrGroupsOrdersAndCounts() {
        UniversalCalls calls = calls();
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        long a = id(calls.addType("title", marker + " A"));
        calls.addType("title", marker + " B");
        long c = id(calls.addType("title", marker + " C"));

        RawPortal.Reply reply = calls.call("crm.type.list", map("filter", map("0", map("logic", "OR",
                "0", map("title", marker + " A"), "1", map("title", marker + " C"))), "order", map("id", "DESC")));

        assertThat(reply.json().get("total").asLong()).isEqualTo(2);
        assertThat(ids(reply.result().get("types"))).containsExactly(c, a);
        assertThat(reply.json().has("next")).isFalse();
    }

    @Test
    void listWithStartMinusOneSkipsTheCount() {
        calls().addType("title", "Без подсчёта");
        RawPortal.Reply reply = calls().call("crm.type.list", map("start", -1));

        assertThat(reply.json().get("total").asLong()).isZero();
        assertThat(reply.json().has("next")).isFalse();
        assertThat(reply.result().get("types").size()).isPositive();
    }

    @Test
    void anUpperCaseIdInOrderIsSplitIntoI_DByTheConverter() {
        RawPortal.Reply reply = calls().fails("crm.type.list", map("order", map("ID", "ASC")));

        assertThat(reply.json().get("error").isIntegralNumber()).isTrue();
        assertThat(reply.json().get("error").asInt()).isEqualTo(100);
        assertThat(description(reply)).startsWith("Unknown field definition `I_D` (I_D) for");
    }

    @Test
    void anUnknownFilterFieldIsAnInvalidArgument() {
        RawPortal.Reply reply = calls().fails("crm.type.list", map("filter", map("nope", 1)));

        assertThat(error(reply)).isEqualTo("INVALID_ARG_VALUE");
        assertThat(description(reply)).isEqualTo("Invalid filter: field 'nope' is not allowed in filter");
    }

    @Test
    void updateChangesWhatItIsGivenAndKeepsTheRest() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Обновляемый", "isStagesEnabled", "Y");

        JsonNode updated = calls.ok("crm.type.update", map("id", id(type), "fields", map("isClientEnabled", "Y")))
                .get("type");

        assertThat(updated.get("title").asString()).isEqualTo("Обновляемый");
        assertThat(updated.get("isStagesEnabled").asString()).isEqualTo("Y");
        assertThat(updated.get("isClientEnabled").asString()).isEqualTo("Y");
        JsonNode parents = updated.get("relations").get("parent");
        assertThat(parents.get(0).get("entityTypeId").asInt()).isEqualTo(3);
        assertThat(parents.get(0).get("isPredefined").asString()).isEqualTo("Y");
        assertThat(parents.get(1).get("entityTypeId").asInt()).isEqualTo(4);
    }

    @Test
    void relationsGiveParentIdFieldsAndTakeTrueFalseNotYesNo() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Связанный", "relations", map(
                "parent", list(map("entityTypeId", 2, "isChildrenListEnabled", "true")),
                "child", list(map("entityTypeId", 3, "isChildrenListEnabled", "Y"))));
        long entityTypeId = entityTypeId(type);

        JsonNode child = type.get("relations").get("child").get(0);
        assertThat(child.get("isChildrenListEnabled").asString()).isEqualTo("N");
        assertThat(type.get("relations").get("parent").get(0).get("isChildrenListEnabled").asString()).isEqualTo("Y");
        JsonNode ownFields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId)).get("fields");
        assertThat(ownFields.get("parentId2").get("settings").get("parentEntityTypeId").asInt()).isEqualTo(2);
        JsonNode contactFields = calls.ok("crm.item.fields", map("entityTypeId", 3)).get("fields");
        assertThat(contactFields.get("parentId" + entityTypeId).get("type").asString()).isEqualTo("crm_entity");
    }

    @Test
    void anUnknownTypeIsNotFoundWithTheNumericErrorZero() {
        RawPortal.Reply reply = calls().fails("crm.type.get", map("id", 987_654_321));

        assertThat(reply.json().get("error").isIntegralNumber()).isTrue();
        assertThat(reply.json().get("error").asInt()).isZero();
        assertThat(description(reply)).isEqualTo("Смарт-процесс не найден");
    }

    @Test
    void addWithoutFieldsIsTheBinderErrorHundred() {
        RawPortal.Reply reply = calls().fails("crm.type.add", map());

        assertThat(reply.json().get("error").asInt()).isEqualTo(100);
        assertThat(description(reply)).isEqualTo("Could not find value for parameter {fields}");
    }

    @Test
    void deletingAnEmptyTypeAnswersAnEmptyArrayAndTheTypeIsGone() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "Удаляемый");

        JsonNode result = calls.ok("crm.type.delete", map("id", id(type)));

        assertThat(result.isArray()).isTrue();
        assertThat(result.size()).isZero();
        calls.fails("crm.type.get", map("id", id(type)));
        RawPortal.Reply items = calls.fails("crm.item.list", map("entityTypeId", entityTypeId(type)));
        assertThat(error(items)).isEqualTo("NOT_FOUND");
    }

    @Test
    void aTypeWithItemsCannotBeDeleted() {
        UniversalCalls calls = calls();
        JsonNode type = calls.addType("title", "С элементами");
        calls.addItem(entityTypeId(type), "title", "Элемент");

        RawPortal.Reply reply = calls.fails("crm.type.delete", map("id", id(type)));

        assertThat(error(reply)).isEqualTo("BX_ERROR");
        assertThat(description(reply)).isEqualTo("Вы не можете удалить тип сущности, у которого есть элементы");
    }

    @Test
    void deleteWithoutAnIdAnswersNullAndDeletesNothing() {
        RawPortal.Reply reply = calls().call("crm.type.delete", map());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().isNull()).isTrue();
    }

    @Test
    void fieldsDescribeTheTypeWithUpperNames() {
        JsonNode fields = calls().ok("crm.type.fields", map()).get("fields");

        assertThat(fields.get("title").get("isRequired").asBoolean()).isTrue();
        assertThat(fields.get("title").get("upperName").asString()).isEqualTo("TITLE");
        assertThat(fields.get("entityTypeId").get("isImmutable").asBoolean()).isTrue();
        assertThat(fields.get("isBizProcEnabled").get("upperName").asString()).isEqualTo("IS_BIZ_PROC_ENABLED");
        assertThat(fields.get("isBizProcEnabled").get("type").asString()).isEqualTo("boolean");
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.get("id").asLong()));
        return ids;
    }
}
