package dev.b24kit.testing.contract;

import static dev.b24kit.testing.contract.JsonCall.map;
import static dev.b24kit.testing.contract.UniversalCalls.description;
import static dev.b24kit.testing.contract.UniversalCalls.entityTypeId;
import static dev.b24kit.testing.contract.UniversalCalls.error;
import static dev.b24kit.testing.contract.UniversalCalls.id;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Pipelines, {@code crm.category.*} (§7.4, §9): of deals and smart processes, with their default
 * stages; shapes, default switching, deletion rules and errors. Creates what it needs.
 */
public abstract class CategoryContract {

    protected abstract ContractTarget target();

    private UniversalCalls calls() {
        return new UniversalCalls(new RawPortal(target().webhookUrl()));
    }

    @Test
    void aNewSmartProcessHasOneDefaultPipelineWhoseStagesItsItemsUse() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addType("title", "Воронки", "isCategoriesEnabled", "Y",
                "isStagesEnabled", "Y"));

        RawPortal.Reply reply = calls.call("crm.category.list", map("entityTypeId", entityTypeId));
        JsonNode categories = reply.result().get("categories");

        assertThat(reply.json().get("total").asInt()).isEqualTo(1);
        JsonNode category = categories.get(0);
        assertThat(category.get("isDefault").asString()).isEqualTo("Y");
        assertThat(category.get("entityTypeId").asLong()).isEqualTo(entityTypeId);
        assertThat(category.has("originId")).isFalse();
        JsonNode item = calls.addItem(entityTypeId, "title", "Первый");
        assertThat(item.get("categoryId").asLong()).isEqualTo(id(category));
        assertThat(item.get("stageId").asString()).isEqualTo("DT" + entityTypeId + "_" + id(category) + ":NEW");
    }

    @Test
    void aNewDealPipelineHasTheDefaultDealStagesPrefixedWithItsId() {
        UniversalCalls calls = calls();
        JsonNode category = calls.ok("crm.category.add", map("entityTypeId", 2, "fields", map("name", "Опт")))
                .get("category");

        assertThat(category.get("isDefault").asString()).isEqualTo("N");
        assertThat(category.get("sort").asInt()).isEqualTo(500);
        assertThat(category.get("originId").asString()).isEmpty();
        JsonNode deal = calls.addItem(2, "title", "В новой воронке", "categoryId", id(category));
        assertThat(deal.get("stageId").asString()).isEqualTo("C" + id(category) + ":NEW");
    }

    @Test
    void dealPipelinesListTheDefaultOneWithoutOriginFields() {
        JsonNode categories = calls().ok("crm.category.list", map("entityTypeId", 2)).get("categories");

        boolean sawDefault = false;
        for (JsonNode category : categories) {
            if (category.get("isDefault").asString().equals("Y")) {
                sawDefault = true;
                assertThat(category.get("id").asInt()).isZero();
                assertThat(category.has("originId")).isFalse();
            }
        }
        assertThat(sawDefault).isTrue();
    }

    @Test
    void makingASmartProcessPipelineDefaultTakesItFromTheOldOne() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addType("title", "Смена", "isCategoriesEnabled", "Y"));
        long old = id(calls.ok("crm.category.list", map("entityTypeId", entityTypeId)).get("categories").get(0));

        JsonNode added = calls.ok("crm.category.add", map("entityTypeId", entityTypeId, "fields",
                map("name", "Новая главная", "sort", 50, "isDefault", "Y"))).get("category");

        assertThat(added.get("isDefault").asString()).isEqualTo("Y");
        JsonNode former = calls.ok("crm.category.get", map("entityTypeId", entityTypeId, "id", old)).get("category");
        assertThat(former.get("isDefault").asString()).isEqualTo("N");
    }

    @Test
    void updateRenamesAndASortBelowZeroBecomesZero() {
        UniversalCalls calls = calls();
        long id = id(calls.ok("crm.category.add", map("entityTypeId", 2, "fields", map("name", "Было")))
                .get("category"));

        JsonNode updated = calls.ok("crm.category.update", map("entityTypeId", 2, "id", id, "fields",
                map("name", "Стало", "sort", -5, "isDefault", "Y"))).get("category");

        assertThat(updated.get("name").asString()).isEqualTo("Стало");
        assertThat(updated.get("sort").asInt()).isZero();
        assertThat(updated.get("isDefault").asString()).isEqualTo("N");
    }

    @Test
    void defaultPipelinesCannotBeDeleted() {
        UniversalCalls calls = calls();
        RawPortal.Reply deals = calls.fails("crm.category.delete", map("entityTypeId", 2, "id", 0));
        assertThat(deals.json().get("error").asInt()).isZero();
        assertThat(description(deals)).isEqualTo("Default deal category can not be deleted");

        long entityTypeId = entityTypeId(calls.addType("title", "Неудаляемая"));
        long id = id(calls.ok("crm.category.list", map("entityTypeId", entityTypeId)).get("categories").get(0));
        RawPortal.Reply smart = calls.fails("crm.category.delete", map("entityTypeId", entityTypeId, "id", id));
        assertThat(error(smart)).isEqualTo("BX_ERROR");
        assertThat(description(smart)).isEqualTo("Эта воронка является воронкой по умолчанию");
    }

    @Test
    void aPipelineWithItemsCannotBeDeletedAndAnEmptyOneAnswersNull() {
        UniversalCalls calls = calls();
        long entityTypeId = entityTypeId(calls.addType("title", "Удаление воронок", "isCategoriesEnabled", "Y"));
        long busy = id(calls.ok("crm.category.add", map("entityTypeId", entityTypeId, "fields", map("name", "Занята")))
                .get("category"));
        long empty = id(calls.ok("crm.category.add", map("entityTypeId", entityTypeId, "fields", map("name", "Пуста")))
                .get("category"));
        calls.addItem(entityTypeId, "categoryId", busy);

        RawPortal.Reply refused = calls.fails("crm.category.delete", map("entityTypeId", entityTypeId, "id", busy));
        assertThat(error(refused)).isEqualTo("BX_ERROR");
        assertThat(description(refused)).isEqualTo("Найдены элементы, относящиеся к воронке");

        RawPortal.Reply deleted = calls.call("crm.category.delete", map("entityTypeId", entityTypeId, "id", empty));
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.result().isNull()).isTrue();
        RawPortal.Reply gone = calls.fails("crm.category.get", map("entityTypeId", entityTypeId, "id", empty));
        assertThat(error(gone)).isEqualTo("NOT_FOUND");
        assertThat(description(gone)).isEqualTo("Элемент не найден");
    }

    @Test
    void leadsHaveNoPipelinesAndUnknownTypesAreNotFound() {
        RawPortal.Reply leads = calls().fails("crm.category.list", map("entityTypeId", 1));
        assertThat(error(leads)).isEqualTo("ENTITY_TYPE_NOT_SUPPORTED");

        RawPortal.Reply unknown = calls().fails("crm.category.list", map("entityTypeId", 987_654));
        assertThat(error(unknown)).isEqualTo("NOT_FOUND");
        assertThat(description(unknown)).isEqualTo("Смарт-процесс не найден");
    }

    @Test
    void aPipelineNeedsAName() {
        RawPortal.Reply reply = calls().fails("crm.category.add", map("entityTypeId", 2, "fields", map("sort", 10)));

        assertThat(reply.json().get("error").asInt()).isZero();
        assertThat(description(reply)).isEqualTo("Field 'NAME' is required");
    }

    @Test
    void fieldsDescribeDealPipelinesWithUpperNames() {
        JsonNode fields = calls().ok("crm.category.fields", map("entityTypeId", 2)).get("fields");

        assertThat(fields.get("isDefault").get("isReadOnly").asBoolean()).isTrue();
        assertThat(fields.get("originatorId").get("upperName").asString()).isEqualTo("ORIGINATOR_ID");
        assertThat(fields.get("entityTypeId").get("isRequired").asBoolean()).isTrue();
    }
}
