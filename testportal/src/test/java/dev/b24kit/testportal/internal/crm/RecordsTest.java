package dev.b24kit.testportal.internal.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordsTest {

    private final CrmStore store = new CrmStore();
    private final Author author = new Author(7, Instant.parse("2024-08-30T11:29:00Z"), ZoneId.of("Europe/Moscow"));
    private final List<CrmChange> changes = new ArrayList<>();

    RecordsTest() {
        StandardTypes.install(store);
        store.addListener(changes::add);
    }

    private EntityType deals() {
        return store.type(EntityType.DEAL);
    }

    private Map<FieldDef, Object> values(EntityType type, Object... pairs) {
        Map<FieldDef, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(type.schema().byCode((String) pairs[i]), pairs[i + 1]);
        }
        return values;
    }

    @Test
    void aNewDealGetsTheDefaultsAndTheFirstStageOfTheDefaultPipeline() {
        Item deal = Records.add(store, deals(), values(deals(), "OPPORTUNITY", new BigDecimal("10.5")), author);

        assertThat(deals().value(deal, "ID")).isEqualTo(deal.id());
        assertThat(deals().value(deal, "TITLE")).isEqualTo("Сделка #" + deal.id());
        assertThat(deals().value(deal, "CATEGORY_ID")).isEqualTo(0L);
        assertThat(deals().value(deal, "STAGE_ID")).isEqualTo("NEW");
        assertThat(deals().value(deal, "STAGE_SEMANTIC_ID")).isEqualTo("P");
        assertThat(deals().value(deal, "CLOSED")).isEqualTo("N");
        assertThat(deals().value(deal, "IS_NEW")).isEqualTo("Y");
        assertThat(deals().value(deal, "OPPORTUNITY")).isEqualTo(new BigDecimal("10.50"));
        assertThat(deals().value(deal, "CREATED_BY_ID")).isEqualTo(7L);
        assertThat(deals().value(deal, "DATE_CREATE")).isEqualTo(author.at());
        assertThat(deals().value(deal, "BEGINDATE")).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(changes).extracting(CrmChange::kind).containsExactly(CrmChange.Kind.ADD);
    }

    @Test
    void movingToAFinalStageClosesTheDealAndStampsTheMove() {
        Item deal = Records.add(store, deals(), Map.of(), author);
        Author later = new Author(9, author.at().plusSeconds(60), author.zone());

        Item moved = Records.update(store, deals(), deal.id(), values(deals(), "STAGE_ID", "WON"), later);

        assertThat(deals().value(moved, "STAGE_SEMANTIC_ID")).isEqualTo("S");
        assertThat(deals().value(moved, "CLOSED")).isEqualTo("Y");
        assertThat(deals().value(moved, "MOVED_TIME")).isEqualTo(later.at());
        assertThat(deals().value(moved, "MOVED_BY_ID")).isEqualTo(9L);
        assertThat(deals().value(moved, "MODIFY_BY_ID")).isEqualTo(9L);
        assertThat(deals().value(moved, "DATE_CREATE")).isEqualTo(author.at());
    }

    @Test
    void changingThePipelineKeepsTheStageSemantics() {
        Pipelines.create(store, EntityType.DEAL, null, "Опт", 600, false, Pipelines.DEAL_STAGES);
        Item deal = Records.add(store, deals(), values(deals(), "STAGE_ID", "LOSE"), author);

        Item moved = Records.update(store, deals(), deal.id(), values(deals(), "CATEGORY_ID", 1L), author);

        assertThat(deals().value(moved, "STAGE_ID")).isEqualTo("C1:LOSE");
    }

    @Test
    void aStageOutsideThePipelineIsRefused() {
        assertThatThrownBy(() -> Records.add(store, deals(), values(deals(), "STAGE_ID", "C5:NEW"), author))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multiFieldsAppendUpdateAndDeleteByIdAndSetTheHasFlags() {
        EntityType contacts = store.type(EntityType.CONTACT);
        Item contact = Records.add(store, contacts, values(contacts, "NAME", "Иван",
                "PHONE", List.of(new MultiValue(0, "PHONE", null, "+7 900"), new MultiValue(0, "PHONE", "HOME", ""))),
                author);
        @SuppressWarnings("unchecked")
        List<MultiValue> phones = (List<MultiValue>) contacts.value(contact, "PHONE");
        assertThat(phones).singleElement().satisfies(p -> assertThat(p.valueType()).isEqualTo("WORK"));
        assertThat(contacts.value(contact, "HAS_PHONE")).isEqualTo("Y");
        long first = phones.getFirst().id();

        Item updated = Records.update(store, contacts, contact.id(), values(contacts, "PHONE", List.of(
                new MultiValue(first, "PHONE", null, "+7 901"), new MultiValue(0, "PHONE", "MOBILE", "+7 902"))), author);
        assertThat((List<?>) contacts.value(updated, "PHONE")).extracting(v -> ((MultiValue) v).value())
                .containsExactly("+7 901", "+7 902");

        Item deleted = Records.update(store, contacts, contact.id(), values(contacts, "PHONE", List.of(
                new MultiValue(first, "PHONE", null, ""))), author);
        assertThat((List<?>) contacts.value(deleted, "PHONE")).extracting(v -> ((MultiValue) v).value())
                .containsExactly("+7 902");
    }

    @Test
    void aContactWithoutANameIsNamedAfterItsId() {
        EntityType contacts = store.type(EntityType.CONTACT);
        Item contact = Records.add(store, contacts, Map.of(), author);

        assertThat(contacts.value(contact, "LAST_NAME")).isEqualTo("Контакт #" + contact.id());
        assertThat(contacts.value(contact, "HAS_PHONE")).isEqualTo("N");
    }

    @Test
    void userFieldsGetThePrefixAnItemNameAndEnumerationItems() {
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("0", new LinkedHashMap<>(Map.of("VALUE", "Первый", "DEF", "Y", "SORT", "10")));
        list.put("1", new LinkedHashMap<>(Map.of("VALUE", "")));
        list.put("2", new LinkedHashMap<>(Map.of("VALUE", "Второй", "SORT", "5")));
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("FIELD_NAME", "color", "USER_TYPE_ID", "enumeration",
                "LIST", list));

        UserField field = UserFields.add(store, deals(), fields);

        assertThat(field.fieldName()).isEqualTo("UF_CRM_COLOR");
        assertThat(field.items()).extracting(EnumItem::value).containsExactly("Второй", "Первый");
        FieldDef def = deals().schema().byCode("UF_CRM_COLOR");
        assertThat(def.itemName()).isEqualTo("ufCrmColor");
        assertThat(def.title()).isEqualTo("UF_CRM_COLOR");
        assertThat(def.type()).isEqualTo(FieldType.ENUMERATION);
    }
}
