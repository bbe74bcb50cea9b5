package dev.b24kit.testportal.internal.crm.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.internal.crm.EntityType;
import dev.b24kit.testportal.internal.crm.Item;
import dev.b24kit.testportal.internal.limits.CostMeter;
import dev.b24kit.testportal.internal.limits.CostModel;

class ListRunnerTest {

    private final QueryFixture fixture = new QueryFixture();
    private final List<Item> deals = new ArrayList<>();

    ListRunnerTest() {
        for (int i = 1; i <= 120; i++) {
            deals.add(fixture.deal("Сделка " + i, (i % 7) * 100L, i % 3 == 0 ? "WON" : "NEW"));
        }
    }

    private ListRunner.Page run(Filter filter, List<OrderTerm> order, long offset, boolean count) {
        return ListRunner.run(fixture.deals(), filter, order, offset, 50, count, new CostMeter(CostModel.FREE, false));
    }

    private static List<Long> ids(ListRunner.Page page) {
        return page.items().stream().map(Item::id).toList();
    }

    @Test
    void countedPagesReportTheTotalOfMatches() {
        EntityType type = fixture.deals();
        ListRunner.Page page = run(fixture.filter(type, "STAGE_ID", "WON"), List.of(), 0, true);

        assertThat(page.total()).isEqualTo(40);
        assertThat(page.items()).hasSize(40);
    }

    @Test
    void anUncountedPageReportsNoTotalAndStopsAtTheLimit() {
        ListRunner.Page page = run(Filter.ALL, List.of(), 0, false);

        assertThat(page.total()).isEqualTo(-1);
        assertThat(ids(page)).containsExactlyElementsOf(deals.subList(0, 50).stream().map(Item::id).toList());
    }

    @Test
    void keysetPagesFollowTheIdBound() {
        EntityType type = fixture.deals();
        long last = deals.get(49).id();

        ListRunner.Page next = run(fixture.filter(type, ">ID", last), fixture.order(type, "ID", "ASC"), 0, false);

        assertThat(ids(next).getFirst()).isEqualTo(deals.get(50).id());
        assertThat(next.items()).hasSize(50);
    }

    @Test
    void descendingIdOrderServesTheNewestFirst() {
        EntityType type = fixture.deals();

        ListRunner.Page page = run(fixture.filter(type, "<ID", deals.get(10).id()), fixture.order(type, "ID", "DESC"), 0,
                true);

        assertThat(page.total()).isEqualTo(10);
        assertThat(ids(page).getFirst()).isEqualTo(deals.get(9).id());
    }

    @Test
    void aFractionalUpperIdBoundKeepsTheIdBelowIt() {
        EntityType type = fixture.deals();
        long id = deals.get(4).id();

        ListRunner.Page page = run(fixture.filter(type, "<ID", id + 0.5, ">ID", id - 1), List.of(), 0, true);

        assertThat(ids(page)).containsExactly(id);
    }

    @Test
    void anIdBoundBeyondTheLongRangeMatchesNothingInsteadOfOverflowing() {
        EntityType type = fixture.deals();

        ListRunner.Page page = run(fixture.filter(type, ">ID", "1000000000000000000000000000000"), List.of(), 0, true);

        assertThat(page.total()).isZero();
    }

    @Test
    void otherOrdersSortTheMatchesAndBreakTiesById() {
        EntityType type = fixture.deals();

        ListRunner.Page page = run(Filter.ALL, fixture.order(type, "OPPORTUNITY", "DESC"), 0, true);

        List<Item> items = page.items();
        assertThat(items).hasSize(50);
        assertThat(type.value(items.getFirst(), "OPPORTUNITY").toString()).isEqualTo("600.00");
        assertThat(items.get(0).id()).isLessThan(items.get(1).id());
    }

    @Test
    void anOffsetSkipsRows() {
        ListRunner.Page page = run(Filter.ALL, List.of(), 100, true);

        assertThat(ids(page)).containsExactlyElementsOf(deals.subList(100, 120).stream().map(Item::id).toList());
    }

    @Test
    void countingCostsMoreThanTheSamePageUncounted() {
        EntityType type = fixture.deals();
        CostMeter counted = new CostMeter(CostModel.DEFAULT, false);
        CostMeter uncounted = new CostMeter(CostModel.DEFAULT, false);

        ListRunner.run(type, Filter.ALL, List.of(), 0, 50, true, counted);
        ListRunner.run(type, Filter.ALL, List.of(), 0, 50, false, uncounted);

        assertThat(counted.seconds()).isGreaterThan(uncounted.seconds());
    }
}
