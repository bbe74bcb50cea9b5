package dev.b24kit.testportal.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OperatingBudgetTest {

    private static final String HOOK = "webhook:1";

    private final FakeClock clock = new FakeClock();
    private final long t0 = clock.instant().getEpochSecond();
    private final OperatingBudget budget = new OperatingBudget(clock, Duration.ofSeconds(10));

    @Test
    void letsTheCallThatCrossesTheLimitCompleteAndRefusesTheNextOnes() {
        budget.charge("crm.deal.list", HOOK, 6);
        assertThat(budget.allows("crm.deal.list", HOOK)).isTrue();

        OperatingBudget.Usage crossing = budget.charge("crm.deal.list", HOOK, 6);

        assertThat(crossing.operatingSeconds()).isEqualTo(12);
        assertThat(budget.allows("crm.deal.list", HOOK)).isFalse();
    }

    @Test
    void leavesOtherMethodsAndOtherCredentialsAlone() {
        budget.charge("crm.deal.list", HOOK, 11);

        assertThat(budget.allows("crm.deal.list", HOOK)).isFalse();
        assertThat(budget.allows("crm.deal.get", HOOK)).isTrue();
        assertThat(budget.allows("crm.deal.list", "webhook:2")).isTrue();
        assertThat(budget.allows("crm.deal.list", "app:local.1")).isTrue();
    }

    @Test
    void reportsTheSumOfTheLiveBucketsAndWhenTheOldestDropsOut() {
        assertThat(budget.charge("m", HOOK, 2)).isEqualTo(new OperatingBudget.Usage(2, t0 + 600));
        clock.advanceSeconds(30);
        assertThat(budget.charge("m", HOOK, 1)).as("same minute, same bucket")
                .isEqualTo(new OperatingBudget.Usage(3, t0 + 600));
        clock.advanceSeconds(31);
        assertThat(budget.charge("m", HOOK, 1)).as("a minute after the first call: a new bucket")
                .isEqualTo(new OperatingBudget.Usage(4, t0 + 600));

        clock.advanceSeconds(600 - 61);
        OperatingBudget.Usage later = budget.charge("m", HOOK, 0);
        assertThat(later.operatingSeconds()).as("the first bucket (3 s) expired").isCloseTo(1, within(1e-9));
        assertThat(later.resetAt()).isEqualTo(t0 + 61 + 600);
    }

    @Test
    void unblocksOnlyWhenTheBucketsThatFilledItExpire() {
        budget.charge("m", HOOK, 12);

        clock.advanceSeconds(599);
        assertThat(budget.allows("m", HOOK)).isFalse();
        clock.advanceSeconds(1);
        assertThat(budget.allows("m", HOOK)).isTrue();
    }

    @Test
    void refusesNothingWhenDisabledButStillMeasures() {
        budget.enabled(false);
        budget.charge("m", HOOK, 50);

        assertThat(budget.allows("m", HOOK)).isTrue();
        assertThat(budget.usage()).singleElement().satisfies(row -> {
            assertThat(row.operatingSeconds()).isEqualTo(50);
            assertThat(row.blocked()).isFalse();
        });
    }

    @Test
    void listsUsagePerCredentialAndMethodWithTheBlockedOnes() {
        budget.charge("b.method", HOOK, 11);
        budget.charge("a.method", HOOK, 1);

        assertThat(budget.usage()).extracting(OperatingBudget.MethodUsage::method, OperatingBudget.MethodUsage::blocked)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.method", false),
                        org.assertj.core.groups.Tuple.tuple("b.method", true));
    }

    @Test
    void resetForgetsAllMeasuredTime() {
        budget.charge("m", HOOK, 12);

        budget.reset();

        assertThat(budget.allows("m", HOOK)).isTrue();
        assertThat(budget.usage()).isEmpty();
    }

    @Test
    void aLowerLimitAppliesToTheTimeAlreadyMeasured() {
        budget.charge("m", HOOK, 3);

        budget.limit(Duration.ofSeconds(2));

        assertThat(budget.allows("m", HOOK)).isFalse();
    }

    @Test
    void refusesALimitThatIsNotPositive() {
        assertThatThrownBy(() -> budget.limit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
    }
}
