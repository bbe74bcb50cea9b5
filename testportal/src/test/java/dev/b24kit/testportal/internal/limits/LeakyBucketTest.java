package dev.b24kit.testportal.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.Plan;

class LeakyBucketTest {

    private final FakeClock clock = new FakeClock();

    @Test
    void letsFiftyRequestsThroughAtOnceOnTheStandardPlanAndRefusesTheFiftyFirst() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.STANDARD);

        assertThat(acquired(bucket, 50)).isEqualTo(50);
        assertThat(bucket.tryAcquire()).isFalse();
    }

    @Test
    void drainsTwoRequestsPerSecondOnTheStandardPlan() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.STANDARD);
        acquired(bucket, 50);

        clock.advanceSeconds(0.5);
        assertThat(bucket.tryAcquire()).isTrue();
        assertThat(bucket.tryAcquire()).isFalse();

        clock.advanceSeconds(10);
        assertThat(acquired(bucket, 30)).isEqualTo(20);
    }

    @Test
    void letsTwoHundredFiftyThroughOnEnterpriseAndDrainsFivePerSecond() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.ENTERPRISE);

        assertThat(acquired(bucket, 300)).isEqualTo(250);
        clock.advanceSeconds(1);
        assertThat(acquired(bucket, 10)).isEqualTo(5);
    }

    @Test
    void neverRefusesOnTheUnlimitedPlan() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.UNLIMITED);

        assertThat(acquired(bucket, 100_000)).isEqualTo(100_000);
        assertThat(bucket.level()).isZero();
    }

    @Test
    void doesNotCountRefusedRequestsByDefault() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.STANDARD);
        acquired(bucket, 150);

        assertThat(bucket.level()).isEqualTo(50);
        clock.advanceSeconds(0.5);
        assertThat(bucket.tryAcquire()).isTrue();
    }

    @Test
    void countsRefusedRequestsWhenSwitchedOnSoHammeringProlongsTheBlock() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.STANDARD);
        bucket.countRejected(true);
        acquired(bucket, 60);

        assertThat(bucket.level()).isEqualTo(60);
        clock.advanceSeconds(5);
        assertThat(bucket.tryAcquire()).as("60 drained to 50: refused, and counted (51)").isFalse();
        clock.advanceSeconds(1);
        assertThat(bucket.tryAcquire()).as("51 drained to 49").isTrue();
    }

    @Test
    void switchingToASmallerPlanKeepsTheLevelButNotAboveTheNewBurst() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.ENTERPRISE);
        acquired(bucket, 100);

        bucket.plan(Plan.parse("custom:10/1"));

        assertThat(bucket.level()).isEqualTo(10);
        assertThat(bucket.tryAcquire()).isFalse();
        assertThat(bucket.plan().burst()).isEqualTo(10);
    }

    @Test
    void resetEmptiesTheBucket() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.STANDARD);
        acquired(bucket, 50);

        bucket.reset();

        assertThat(acquired(bucket, 50)).isEqualTo(50);
    }

    @Test
    void aClockThatGoesBackDoesNotFillTheBucket() {
        LeakyBucket bucket = new LeakyBucket(clock, Plan.parse("custom:2/1"));
        acquired(bucket, 2);
        clock.advanceSeconds(-30);

        assertThat(bucket.level()).isEqualTo(2);
    }

    @Test
    void parsesTheNamedPlansAndCustomBurstAndDrain() {
        assertThat(Plan.parse("Standard")).isEqualTo(Plan.STANDARD);
        assertThat(Plan.parse("enterprise")).isEqualTo(Plan.ENTERPRISE);
        assertThat(Plan.parse("unlimited").unlimited()).isTrue();
        Plan custom = Plan.parse("custom:3/0.5");
        assertThat(custom.burst()).isEqualTo(3);
        assertThat(custom.drainPerSecond()).isEqualTo(0.5);
    }

    @Test
    void refusesAPlanItCannotReadNamingTheValueAndWhatIsAccepted() {
        assertThatThrownBy(() -> Plan.parse("premium")).hasMessageContaining("'premium'")
                .hasMessageContaining("standard, enterprise, unlimited, custom:BURST/DRAIN");
        assertThatThrownBy(() -> Plan.parse("custom:0/1")).hasMessageContaining("burst must be >= 1");
    }

    private static int acquired(LeakyBucket bucket, int attempts) {
        int passed = 0;
        for (int i = 0; i < attempts; i++) {
            if (bucket.tryAcquire()) {
                passed++;
            }
        }
        return passed;
    }
}
