package dev.b24kit.testportal.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CostModelTest {

    private static final long DOCS_TABLE = 2_387_743;

    @Test
    void aCountedPageOnTheDocsTableTakesTheDocs49Point9Seconds() {
        assertThat(countedPage(DOCS_TABLE, 0)).isCloseTo(49.9, within(1e-9));
    }

    @Test
    void aKeysetPageOnTheDocsTableTakesTheDocs0Point097Seconds() {
        assertThat(keysetPage(DOCS_TABLE)).isCloseTo(0.097, within(1e-9));
    }

    @Test
    void pricesSmallerTablesInProportionAsTheDocumentedTableSays() {
        assertThat(keysetPage(10_000)).isCloseTo(0.0303, within(5e-5));
        assertThat(countedPage(10_000, 0)).isCloseTo(0.2389, within(5e-5));
        assertThat(keysetPage(100_000)).isCloseTo(0.0328, within(5e-5));
        assertThat(countedPage(100_000, 0)).isCloseTo(2.1186, within(5e-5));
    }

    @Test
    void anOffsetAddsTheCostOfTheSkippedRows() {
        assertThat(countedPage(100_000, 50_000) - countedPage(100_000, 0)).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void aWriteStartsFromTheWriteBaseCost() {
        assertThat(new CostMeter(CostModel.DEFAULT, true).seconds()).isEqualTo(0.05);
        assertThat(new CostMeter(CostModel.FREE, true).seconds()).isZero();
    }

    @Test
    void changesOneCoefficientByName() {
        CostModel changed = CostModel.DEFAULT.with("baseRead", 1.5);

        assertThat(changed.baseRead()).isEqualTo(1.5);
        assertThat(changed.with("baseRead", CostModel.DEFAULT.baseRead())).isEqualTo(CostModel.DEFAULT);
        assertThat(changed.coefficients()).containsOnlyKeys(CostModel.NAMES).containsEntry("baseRead", 1.5);
    }

    @Test
    void refusesAnUnknownCoefficientListingTheAcceptedOnes() {
        assertThatThrownBy(() -> CostModel.DEFAULT.with("perRow", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'perRow'").hasMessageContaining("baseRead, baseWrite, perRowReturned");
    }

    @Test
    void refusesNegativeAndInfiniteCoefficientsNamingThem() {
        assertThatThrownBy(() -> CostModel.DEFAULT.with("countPerRow", -1)).hasMessageContaining("countPerRow");
        assertThatThrownBy(() -> CostModel.DEFAULT.with("offsetPerRow", Double.POSITIVE_INFINITY))
                .hasMessageContaining("offsetPerRow");
    }

    /** What a CRM list handler reports for {@code start >= 0}: page, COUNT, offset, rows. */
    private static double countedPage(long tableRows, long offset) {
        CostMeter meter = new CostMeter(CostModel.DEFAULT, false);
        meter.page(tableRows);
        meter.counted(tableRows);
        meter.skipped(offset);
        meter.returned(50);
        return meter.seconds();
    }

    /** What a CRM list handler reports for {@code start=-1}: page and rows only. */
    private static double keysetPage(long tableRows) {
        CostMeter meter = new CostMeter(CostModel.DEFAULT, false);
        meter.page(tableRows);
        meter.returned(50);
        return meter.seconds();
    }
}
