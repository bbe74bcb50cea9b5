package dev.b24kit.testportal.internal.crm.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.rest.RestError;

class FilterParserTest {

    private final QueryFixture fixture = new QueryFixture();
    private final Item small = fixture.deal("Молоко свежее", 100, "NEW");
    private final Item large = fixture.deal("Сыр твёрдый", 900, "WON");

    private boolean matches(Item item, Object... filter) {
        EntityType deals = fixture.deals();
        return fixture.filter(deals, filter).test(deals, item);
    }

    @Test
    void aKeyWithoutPrefixMeansEqualsAndAnArrayMeansAnyOf() {
        assertThat(matches(small, "STAGE_ID", "NEW")).isTrue();
        assertThat(matches(large, "STAGE_ID", "NEW")).isFalse();
        assertThat(matches(large, "STAGE_ID", List.of("NEW", "WON"))).isTrue();
        assertThat(matches(small, "=OPPORTUNITY", "100")).isTrue();
    }

    @Test
    void comparisonsCompareNumbersAsNumbers() {
        assertThat(matches(large, ">OPPORTUNITY", "100")).isTrue();
        assertThat(matches(small, ">OPPORTUNITY", "100")).isFalse();
        assertThat(matches(small, ">=OPPORTUNITY", "100")).isTrue();
        assertThat(matches(large, "<OPPORTUNITY", "1000")).isTrue();
        assertThat(matches(large, "<=OPPORTUNITY", 899)).isFalse();
    }

    @Test
    void negationsAndNotIn() {
        assertThat(matches(small, "!STAGE_ID", "WON")).isTrue();
        assertThat(matches(large, "!=STAGE_ID", "WON")).isFalse();
        assertThat(matches(small, "!@STAGE_ID", List.of("WON", "LOSE"))).isTrue();
        assertThat(matches(small, "@STAGE_ID", List.of("WON", "LOSE"))).isFalse();
    }

    @Test
    void likeIsACaseInsensitiveSubstringAndPatternTakesWildcards() {
        assertThat(matches(small, "%TITLE", "МОЛОКО")).isTrue();
        assertThat(matches(small, "%TITLE", "свеж")).isTrue();
        assertThat(matches(small, "=%TITLE", "мол%")).isTrue();
        assertThat(matches(small, "%=TITLE", "%свежее")).isTrue();
        assertThat(matches(small, "=%TITLE", "свеж")).isFalse();
        assertThat(matches(small, "!%TITLE", "сыр")).isTrue();
    }

    @Test
    void anEmptyValueAsksForAnEmptyField() {
        assertThat(matches(small, "LEAD_ID", "")).isTrue();
        assertThat(matches(small, "!LEAD_ID", "")).isFalse();
        assertThat(matches(small, "TITLE", "")).isFalse();
    }

    @Test
    void datesCompareInThePortalsZone() {
        assertThat(matches(small, ">DATE_CREATE", "2024-08-30")).isTrue();
        assertThat(matches(small, "<DATE_CREATE", "2024-08-30T12:01:00+03:00")).isFalse();
        assertThat(matches(small, "<=DATE_CREATE", "2024-08-30T12:01:00+03:00")).isTrue();
    }

    @Test
    void multiFieldsMatchWhenAnyValueMatches() {
        Item contact = fixture.contact("Иван", "+7 111", "+7 222");
        EntityType contacts = fixture.contacts();

        assertThat(fixture.filter(contacts, "PHONE", "+7 222").test(contacts, contact)).isTrue();
        assertThat(fixture.filter(contacts, "%PHONE", "111").test(contacts, contact)).isTrue();
        assertThat(fixture.filter(contacts, "!PHONE", "+7 222").test(contacts, contact)).isFalse();
    }

    @Test
    void legacyFiltersIgnoreUnknownFieldsAndOperators() {
        assertThat(matches(small, "NO_SUCH_FIELD", "x", "?!TITLE", "y")).isTrue();
    }

    @Test
    void itemFiltersRefuseUnknownFieldsAndTakeOrGroups() {
        EntityType deals = fixture.deals();
        assertThatThrownBy(() -> FilterParser.parse(QueryFixture.array("nope", 1), deals.schema()::byItemName,
                Dialect.ITEM, QueryFixture.ZONE))
                .isInstanceOf(RestError.class).hasMessageContaining("INVALID_ARG_VALUE");

        Filter either = FilterParser.parse(QueryFixture.array("0", QueryFixture.array("logic", "OR",
                "0", QueryFixture.array("stageId", "WON"), "1", QueryFixture.array("<opportunity", 200))),
                deals.schema()::byItemName, Dialect.ITEM, QueryFixture.ZONE);

        assertThat(either.test(deals, small)).isTrue();
        assertThat(either.test(deals, large)).isTrue();
    }
}
