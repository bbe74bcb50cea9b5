package dev.b24kit.testing.contract;

import static dev.b24kit.testing.contract.JsonCall.list;
import static dev.b24kit.testing.contract.JsonCall.map;
import static dev.b24kit.testing.contract.UniversalCalls.description;
import static dev.b24kit.testing.contract.UniversalCalls.entityTypeId;
import static dev.b24kit.testing.contract.UniversalCalls.error;
import static dev.b24kit.testing.contract.UniversalCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Writing and reading records through the universal API {@code crm.item.*} (§9.2, §8, §3.2): native
 * JSON types, defaults, both name spellings, what is dropped silently and what is refused, stages and
 * pipelines, multi-fields, errors. Lists are in {@link CrmItemListContract}; the behaviours that need
 * the admin API (a movable clock, strict mode) are in {@link CrmItemAdminContract}.
 */
public abstract class CrmItemContract {

    private static final String ISO = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d";

    protected abstract ContractTarget target();

    private UniversalCalls calls() {
        return new UniversalCalls(new RawPortal(target().webhookUrl()));
    }

    @Test
    void addAnswersTheItemWithNativeJsonTypes() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addFullType("Типы значений"));

        JsonNode item = calls.addItem(entityTypeId, "title", "Проверка", "opportunity", 999.99, "opened", "N",
                "begindate", "2024-07-23", "observers", list(1), "sourceId", "WEB", "companyId", 0);

        assertThat(item.get("id").isIntegralNumber()).isTrue();
        assertThat(item.get("opportunity").isNumber()).isTrue();
        assertThat(item.get("opportunity").asDouble()).isEqualTo(999.99);
        assertThat(item.get("opened").asString()).isEqualTo("N");
        assertThat(item.get("isManualOpportunity").asString()).isIn("Y", "N");
        assertThat(item.get("createdTime").asString()).matches(ISO);
        assertThat(item.get("begindate").asString()).matches("2024-07-2[23]T\\d\\d:00:00[+-]\\d\\d:00");
        assertThat(item.get("observers").isArray()).isTrue();
        assertThat(item.get("observers").get(0).asInt()).isEqualTo(1);
        assertThat(item.get("createdBy").isIntegralNumber()).isTrue();
        assertThat(item.get("categoryId").isIntegralNumber()).isTrue();
        assertThat(item.get("entityTypeId").asLong()).isEqualTo(entityTypeId);
        assertThat(calls.getItem(entityTypeId, id(item))).isEqualTo(item);
    }

    @Test
    void aSmartProcessItemWithoutATitleIsNamedAfterItsType() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addType("title", "HR"));

        JsonNode item = calls.addItem(entityTypeId);

        assertThat(item.get("title").asString()).isEqualTo("HR #" + id(item));
    }

    @Test
    void aDealAddedThroughCrmItemGetsTheDealDefaults() {
        JsonNode deal = calls().addItem(2);

        assertThat(deal.get("title").asString()).isEqualTo("Сделка #" + id(deal));
        assertThat(deal.get("categoryId").asInt()).isZero();
        assertThat(deal.get("stageId").asString()).isEqualTo("NEW");
        assertThat(deal.get("stageSemanticId").asString()).isEqualTo("P");
        assertThat(deal.get("currencyId").asString()).isEqualTo("RUB");
        assertThat(deal.get("contactIds").isArray()).isTrue();
        assertThat(deal.get("entityTypeId").asInt()).isEqualTo(2);
    }

    @Test
    void formEncodedParametersWorkLikeJson() {
        RawPortal portal = new RawPortal(target().webhookUrl());
        RawPortal.Reply reply = portal.postForm("crm.item.add", "entityTypeId=2&fields%5Btitle%5D=%D0%A4%D0%BE%D1%80%D0%BC%D0%B0"
                + "&fields%5Bopportunity%5D=250.5&fields%5Bobservers%5D%5B%5D=1&fields%5Bopened%5D=N");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode deal = reply.result().get("item");
        assertThat(deal.get("title").asString()).isEqualTo("Форма");
        assertThat(deal.get("opportunity").asDouble()).isEqualTo(250.5);
        assertThat(deal.get("observers").get(0).asInt()).isEqualTo(1);
        assertThat(deal.get("opened").asString()).isEqualTo("N");
        RawPortal.Reply scalar = portal.postForm("crm.item.add", "entityTypeId=2&fields%5Bobservers%5D=1");
        assertThat(description(scalar)).isEqualTo("Expected iterable value for multiple field, but got string instead");
    }

    @Test
    void leadsUseTheirStatusesAsStages() {
        UniversalCalls calls = calls();
        JsonNode lead = calls.addItem(1, "title", "Лид", "stageId", "IN_PROCESS");
        assertThat(lead.get("stageId").asString()).isEqualTo("IN_PROCESS");

        RawPortal.Reply refused = calls.fails("crm.item.update", map("entityTypeId", 1, "id", id(lead), "fields",
                map("stageId", "WON")));
        assertThat(error(refused)).isEqualTo("CRM_FIELD_ERROR_VALUE_NOT_VALID");
        JsonNode converted = calls.ok("crm.item.update", map("entityTypeId", 1, "id", id(lead), "fields",
                map("stageId", "CONVERTED"))).get("item");
        assertThat(converted.get("stageSemanticId").asString()).isEqualTo("S");
    }

    @Test
    void recordsOfEveryStandardTypeListWithAllTheirFields() {
        UniversalCalls calls = calls();
        for (int entityTypeId = 1; entityTypeId <= 4; entityTypeId++) {
            calls.addItem(entityTypeId);
            JsonNode items = calls.ok("crm.item.list", map("entityTypeId", entityTypeId, "select", list("*"),
                    "order", map("id", "DESC"))).get("items");
            assertThat(items.size()).isPositive();
            for (JsonNode item : items) {
                assertThat(item.get("entityTypeId").asInt()).isEqualTo(entityTypeId);
                assertThat(item.get("createdTime").asString()).matches(ISO);
            }
        }
    }

    @Test
    void upperCaseKeysAreAcceptedAsWellAsCamelCase() {
        UniversalCalls calls = calls();
        JsonNode deal = calls.addItem(2, "TITLE", "Заглавными", "OPPORTUNITY", 1500);

        assertThat(deal.get("title").asString()).isEqualTo("Заглавными");
        assertThat(deal.get("opportunity").asInt()).isEqualTo(1500);
        JsonNode updated = calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(deal), "fields",
                map("comments", "строчными"))).get("item");
        assertThat(updated.get("comments").asString()).isEqualTo("строчными");
    }

    @Test
    void unknownKeysAndReadOnlyFieldsAreDroppedSilently() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addType("title", "Молчаливый"));

        JsonNode item = calls.addItem(entityTypeId, "title", "Есть", "noSuchField", "x", "createdBy", 987,
                "id", 123456);

        assertThat(item.has("noSuchField")).isFalse();
        assertThat(item.get("createdBy").asInt()).isNotEqualTo(987);
        assertThat(item.get("id").asLong()).isNotEqualTo(123456);
        JsonNode updated = calls.ok("crm.item.update", map("entityTypeId", entityTypeId, "id", id(item), "fields",
                map("createdTime", "2001-01-01T00:00:00+00:00", "alsoUnknown", 1))).get("item");
        assertThat(updated.get("createdTime").asString()).isEqualTo(item.get("createdTime").asString());
    }

    @Test
    void fieldsSwitchedOffInTheTypeAreNullAndIgnored() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addType("title", "Без клиента"));

        JsonNode item = calls.addItem(entityTypeId, "companyId", 5, "observers", list(1), "begindate", "2024-01-01");

        assertThat(item.get("companyId").isNull()).isTrue();
        assertThat(item.get("observers").isNull()).isTrue();
        assertThat(item.get("begindate").isNull()).isTrue();
        JsonNode fields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId)).get("fields");
        assertThat(fields.has("companyId")).isFalse();
        assertThat(fields.has("title")).isTrue();
    }

    @Test
    void aStageOutsideThePipelineIsRefusedWithTheFieldTitle() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addFullType("Стадии"));
        JsonNode item = calls.addItem(entityTypeId, "title", "На стадии");

        RawPortal.Reply reply = calls.fails("crm.item.update", map("entityTypeId", entityTypeId, "id", id(item),
                "fields", map("stageId", "C1:NEW")));

        assertThat(error(reply)).isEqualTo("CRM_FIELD_ERROR_VALUE_NOT_VALID");
        assertThat(description(reply)).isEqualTo("Неверное значение поля \"Стадия\"");
        String stage = item.get("stageId").asString();
        JsonNode moved = calls.ok("crm.item.update", map("entityTypeId", entityTypeId, "id", id(item), "fields",
                map("stageId", stage.replace(":NEW", ":CLIENT")))).get("item");
        assertThat(moved.get("previousStageId").asString()).isEqualTo(stage);
        assertThat(moved.get("movedTime").asString()).matches(ISO);
        RawPortal.Reply deal = calls.fails("crm.item.add", map("entityTypeId", 2, "fields", map("stageId", "NOPE")));
        assertThat(error(deal)).isEqualTo("CRM_FIELD_ERROR_VALUE_NOT_VALID");
        assertThat(description(deal)).startsWith("Неверное значение поля \"");
    }

    @Test
    void anUnknownPipelineIsRefused() {
        RawPortal.Reply reply = calls().fails("crm.item.add", map("entityTypeId", 2, "fields",
                map("categoryId", 987_654)));

        assertThat(error(reply)).isEqualTo("CRM_FIELD_ERROR_VALUE_NOT_VALID");
    }

    @Test
    void movingADealToAnotherPipelineWithoutAStageKeepsTheStageSemantics() {
        UniversalCalls calls = calls();
        long category = id(calls.ok("crm.category.add", map("entityTypeId", 2, "fields", map("name", "Перенос")))
                .get("category"));
        JsonNode fresh = calls.addItem(2, "title", "Новая");
        JsonNode won = calls.addItem(2, "title", "Выиграна", "stageId", "WON");

        JsonNode movedFresh = calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(fresh), "fields",
                map("categoryId", category))).get("item");
        JsonNode movedWon = calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(won), "fields",
                map("categoryId", category))).get("item");

        assertThat(movedFresh.get("categoryId").asLong()).isEqualTo(category);
        assertThat(movedFresh.get("stageId").asString()).isEqualTo("C" + category + ":NEW");
        assertThat(movedWon.get("stageId").asString()).isEqualTo("C" + category + ":WON");
        assertThat(movedWon.get("stageSemanticId").asString()).isEqualTo("S");
        JsonNode withStage = calls.ok("crm.item.update", map("entityTypeId", 2, "id", id(won), "fields",
                map("categoryId", 0, "stageId", "PREPARATION"))).get("item");
        assertThat(withStage.get("stageId").asString()).isEqualTo("PREPARATION");
    }

    @Test
    void aMultipleFieldGivenAScalarIsTheNumericErrorHundred() {
        RawPortal.Reply reply = calls().fails("crm.item.add", map("entityTypeId", 2, "fields", map("observers", 5)));

        assertThat(reply.json().get("error").isIntegralNumber()).isTrue();
        assertThat(reply.json().get("error").asInt()).isEqualTo(100);
        assertThat(description(reply)).isEqualTo("Expected iterable value for multiple field, but got integer instead");
    }

    @Test
    void anUnreadableDateIsRefused() {
        RawPortal.Reply reply = calls().fails("crm.item.add", map("entityTypeId", 2, "fields",
                map("begindate", "not a date")));

        assertThat(error(reply)).isEqualTo("CRM_FIELD_ERROR_VALUE_NOT_VALID");
    }

    @Test
    void multiFieldsComeAndGoAsFm() {
        UniversalCalls calls = calls();
        JsonNode contact = calls.addItem(3, "name", "Анна", "fm", list(
                map("typeId", "PHONE", "valueType", "WORK", "value", "+79990001122"),
                map("typeId", "EMAIL", "valueType", "HOME", "value", "anna@example.com")));
        JsonNode phone = contact.get("fm").get(0);
        assertThat(phone.get("typeId").asString()).isEqualTo("PHONE");
        assertThat(phone.get("id").isIntegralNumber()).isTrue();
        assertThat(contact.get("hasPhone").asString()).isEqualTo("Y");

        JsonNode updated = calls.ok("crm.item.update", map("entityTypeId", 3, "id", id(contact), "fields", map(
                "fm", map(phone.get("id").asString(), map("typeId", "PHONE", "valueType", "MOBILE",
                        "value", "+79990003344"))))).get("item");

        JsonNode changed = updated.get("fm").get(0);
        assertThat(changed.get("id").asLong()).isEqualTo(phone.get("id").asLong());
        assertThat(changed.get("value").asString()).isEqualTo("+79990003344");
        assertThat(changed.get("valueType").asString()).isEqualTo("MOBILE");
        assertThat(updated.get("fm").size()).isEqualTo(2);
    }

    @Test
    void deleteAnswersAnEmptyArrayAndTheItemIsGone() {
        UniversalCalls calls = calls();
        JsonNode deal = calls.addItem(2, "title", "Удалить");

        JsonNode result = calls.ok("crm.item.delete", map("entityTypeId", 2, "id", id(deal)));

        assertThat(result.isArray()).isTrue();
        assertThat(result.size()).isZero();
        RawPortal.Reply gone = calls.fails("crm.item.get", map("entityTypeId", 2, "id", id(deal)));
        assertThat(error(gone)).isEqualTo("NOT_FOUND");
        assertThat(description(gone)).isEqualTo("Элемент не найден");
    }

    @Test
    void anUnknownEntityTypeIsNotFoundAndOldInvoicesAreNotSupported() {
        RawPortal.Reply unknown = calls().fails("crm.item.list", map("entityTypeId", 987_654));
        assertThat(error(unknown)).isEqualTo("NOT_FOUND");
        assertThat(description(unknown)).isEqualTo("Смарт-процесс не найден");

        RawPortal.Reply invoices = calls().fails("crm.item.list", map("entityTypeId", 5));
        assertThat(error(invoices)).isEqualTo("ENTITY_TYPE_NOT_SUPPORTED");
    }

    @Test
    void missingOrMistypedParametersAreTheBinderErrorHundred() {
        RawPortal.Reply missing = calls().fails("crm.item.get", map("id", 1));
        assertThat(missing.json().get("error").asInt()).isEqualTo(100);
        assertThat(description(missing)).isEqualTo("Could not find value for parameter {entityTypeId}");

        RawPortal.Reply mistyped = calls().fails("crm.item.get", map("entityTypeId", 2, "id", "abc"));
        assertThat(mistyped.json().get("error").asInt()).isEqualTo(100);
        assertThat(description(mistyped)).startsWith("Invalid value abc to match with parameter {id}");
    }

    @Test
    void fieldsDescribeEachFieldWithItsUpperNameAndHumanTitle() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addFullType("Описание полей"));

        JsonNode fields = calls.ok("crm.item.fields", map("entityTypeId", entityTypeId)).get("fields");

        assertThat(fields.get("id").get("type").asString()).isEqualTo("integer");
        assertThat(fields.get("id").get("isReadOnly").asBoolean()).isTrue();
        assertThat(fields.get("id").get("upperName").asString()).isEqualTo("ID");
        assertThat(fields.get("opened").get("type").asString()).isEqualTo("boolean");
        assertThat(fields.get("assignedById").get("upperName").asString()).isEqualTo("ASSIGNED_BY_ID");
        assertThat(fields.get("stageId").get("statusType").asString()).startsWith("DYNAMIC_" + entityTypeId + "_STAGE_");
        assertThat(fields.get("companyId").get("settings").get("parentEntityTypeId").asInt()).isEqualTo(4);
        JsonNode deal = calls.ok("crm.item.fields", map("entityTypeId", 2)).get("fields");
        assertThat(deal.get("categoryId").get("isImmutable").asBoolean()).isFalse();
        assertThat(deal.has("fm")).isFalse();
    }
}
