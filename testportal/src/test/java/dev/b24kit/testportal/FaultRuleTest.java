package dev.b24kit.testportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The text form of fault rules, as {@code --fault} and {@code POST /_testportal/faults} take it. */
class FaultRuleTest {

    @Test
    void readsEveryKind() {
        assertThat(FaultRule.parse("query-limit@*").fault()).isEqualTo(new Fault.QueryLimitExceeded());
        assertThat(FaultRule.parse("overload@*").fault()).isEqualTo(new Fault.OverloadLimit());
        assertThat(FaultRule.parse("server-error@*").fault()).isEqualTo(new Fault.ServerError(500));
        assertThat(FaultRule.parse("server-error:502@*").fault()).isEqualTo(new Fault.ServerError(502));
        assertThat(FaultRule.parse("slow:PT2S@*").fault()).isEqualTo(new Fault.Slow(Duration.ofSeconds(2)));
        assertThat(FaultRule.parse("slow:1.5s@*").fault()).isEqualTo(new Fault.Slow(Duration.ofMillis(1500)));
        assertThat(FaultRule.parse("slow:250ms@*").fault()).isEqualTo(new Fault.Slow(Duration.ofMillis(250)));
        assertThat(FaultRule.parse("drop-before:PT1S@*").fault()).isEqualTo(new Fault.DropBeforeCall(Duration.ofSeconds(1)));
        assertThat(FaultRule.parse("drop-after-commit@*").fault()).isEqualTo(new Fault.DropAfterCommit());
        assertThat(FaultRule.parse("expired-token@*").fault()).isEqualTo(new Fault.ExpiredToken());
        assertThat(FaultRule.parse("batch-command:ERROR_CORE@*").fault())
                .isEqualTo(new Fault.BatchCommandFailure("ERROR_CORE", "Injected failure of one batch command"));
    }

    @Test
    void readsTheTargetCountProbabilityAndWindow() {
        FaultRule rule = FaultRule.parse(" server-error:502@CRM.Deal.*,count=3,p=0.2,from=2026-01-15T06:00:00Z,"
                + "until=2026-01-15T07:00:00Z ");

        assertThat(rule.method()).isEqualTo("crm.deal.*");
        assertThat(rule.count()).isEqualTo(3);
        assertThat(rule.probability()).isEqualTo(0.2);
        assertThat(rule.from()).isEqualTo(Instant.parse("2026-01-15T06:00:00Z"));
        assertThat(rule.until()).isEqualTo(Instant.parse("2026-01-15T07:00:00Z"));
        assertThat(rule.targets("crm.deal.add")).isTrue();
        assertThat(rule.targets("crm.dealcategory.list")).isFalse();
        assertThat(FaultRule.parse("overload@*").targets("batch")).isTrue();
    }

    @Test
    void writesARuleBackInTheFormItReads() {
        for (String spec : new String[] {"query-limit@*", "server-error:502@crm.deal.*,count=3,p=0.2",
                "slow:PT2S@crm.deal.list", "drop-before@*", "drop-before:PT1S@crm.deal.add",
                "drop-after-commit@crm.deal.add,count=1", "expired-token@*,count=1", "batch-command:ERROR_CORE@crm.deal.get",
                "overload@*,from=2026-01-15T06:00:00Z,until=2026-01-15T07:00:00Z"}) {
            assertThat(FaultRule.parse(spec).spec()).isEqualTo(spec);
            assertThat(FaultRule.parse(FaultRule.parse(spec).spec())).isEqualTo(FaultRule.parse(spec));
        }
    }

    @Test
    void refusesWhatItCannotReadNamingThePart() {
        assertThatThrownBy(() -> FaultRule.parse("overload")).hasMessageContaining("KIND[:ARG]@METHOD");
        assertThatThrownBy(() -> FaultRule.parse("boom@*")).hasMessageContaining("unknown kind 'boom'");
        assertThatThrownBy(() -> FaultRule.parse("server-error:418@*")).hasMessageContaining("500, 502 or 504");
        assertThatThrownBy(() -> FaultRule.parse("slow@*")).hasMessageContaining("needs a duration");
        assertThatThrownBy(() -> FaultRule.parse("slow:soon@*")).hasMessageContaining("'soon' is not a duration");
        assertThatThrownBy(() -> FaultRule.parse("overload@*,count=many")).hasMessageContaining("integer");
        assertThatThrownBy(() -> FaultRule.parse("overload@*,count=0")).hasMessageContaining("count must be positive");
        assertThatThrownBy(() -> FaultRule.parse("overload@*,from=tomorrow")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> FaultRule.parse("overload@*,from=2026-01-15T07:00:00Z,until=2026-01-15T06:00:00Z"))
                .hasMessageContaining("before from");
    }
}
