package dev.b24kit.testportal.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    private final Tokens tokens = new Tokens();

    @Test
    void anIssuedAccessTokenIsValidForOneHourThenExpired() {
        Tokens.Issued issued = tokens.issue("app", 3, Set.of("crm"), NOW);

        assertThat(tokens.check(issued.accessToken(), NOW.plus(Duration.ofMinutes(59))))
                .isEqualTo(new Tokens.Valid(new Tokens.Grant("app", 3, Set.of("crm"), NOW.plus(Duration.ofHours(1)))));
        assertThat(tokens.check(issued.accessToken(), NOW.plus(Duration.ofHours(1)))).isInstanceOf(Tokens.Expired.class);
    }

    @Test
    void anUnknownTokenIsUnknown() {
        assertThat(tokens.check("nonsense", NOW)).isInstanceOf(Tokens.Unknown.class);
    }

    @Test
    void tokensAreUnguessableLookingAndDistinct() {
        Tokens.Issued one = tokens.issue("app", 1, Set.of(), NOW);
        Tokens.Issued two = tokens.issue("app", 1, Set.of(), NOW);

        assertThat(one.accessToken()).matches("[a-z0-9]{32}").isNotEqualTo(two.accessToken()).isNotEqualTo(one.refreshToken());
        assertThat(one.toString()).doesNotContain(one.accessToken()).doesNotContain(one.refreshToken());
    }

    @Test
    void aCodeIsRedeemedOnceWithinThirtySecondsByItsOwnApp() {
        String code = tokens.issueCode("app", 5, Set.of("user"), NOW);

        assertThat(tokens.redeemCode(code, "app", NOW.plusSeconds(29))).isNotNull();
        assertThat(tokens.redeemCode(code, "app", NOW.plusSeconds(29))).isNull();
    }

    @Test
    void aCodeIsWorthlessAfterThirtySeconds() {
        String code = tokens.issueCode("app", 5, Set.of("user"), NOW);

        assertThat(tokens.redeemCode(code, "app", NOW.plusSeconds(30))).isNull();
    }

    @Test
    void aCodePresentedByAnotherAppIsRefusedAndBurnt() {
        String code = tokens.issueCode("app", 5, Set.of("user"), NOW);

        assertThat(tokens.redeemCode(code, "other", NOW)).isNull();
        assertThat(tokens.redeemCode(code, "app", NOW)).isNull();
    }

    @Test
    void aRefreshTokenWorksOnceForOneHundredEightyDays() {
        Tokens.Issued issued = tokens.issue("app", 1, Set.of(), NOW);

        assertThat(tokens.redeemRefresh(issued.refreshToken(), "app", NOW.plus(Duration.ofDays(179)))).isNotNull();
        assertThat(tokens.redeemRefresh(issued.refreshToken(), "app", NOW.plus(Duration.ofDays(179)))).isNull();
        Tokens.Issued later = tokens.issue("app", 1, Set.of(), NOW);
        assertThat(tokens.redeemRefresh(later.refreshToken(), "app", NOW.plus(Duration.ofDays(180)))).isNull();
    }

    @Test
    void expiringAnAppsTokensLeavesOtherAppsAlone() {
        Tokens.Issued mine = tokens.issue("app", 1, Set.of(), NOW);
        Tokens.Issued theirs = tokens.issue("other", 1, Set.of(), NOW);

        assertThat(tokens.expireAccess("app", NOW)).isEqualTo(1);

        assertThat(tokens.check(mine.accessToken(), NOW)).isInstanceOf(Tokens.Expired.class);
        assertThat(tokens.check(theirs.accessToken(), NOW)).isInstanceOf(Tokens.Valid.class);
    }

    @Test
    void emptyOrMissingTokensAreNeverRedeemed() {
        assertThat(tokens.redeemRefresh("", "app", NOW)).isNull();
        assertThat(tokens.redeemCode(null, "app", NOW)).isNull();
    }
}
