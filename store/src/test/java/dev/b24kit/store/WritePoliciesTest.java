package dev.b24kit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.policy.WritePolicy;

class WritePoliciesTest {

    @RegisterExtension
    static final TestDatabases databases = new TestDatabases();

    private static final String PORTAL = "https://acme.bitrix24.test";

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void aPortalNotSeenBeforeStartsInObserveModeAndKeepsItsFirstSighting(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            Instant first = clock.instant();
            assertThat(store.policies().find(PORTAL)).isEmpty();

            WritePolicy seen = store.policies().seen(PORTAL);
            clock.advance(Duration.ofDays(3));
            WritePolicy again = store.policies().seen(PORTAL);

            assertThat(seen).isEqualTo(new WritePolicy(PORTAL, WriteMode.OBSERVE, first, first)).isEqualTo(again);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void goingLiveMovesSinceButNotTheFirstSighting(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            Instant first = clock.instant();
            store.policies().seen(PORTAL);
            clock.advance(Duration.ofDays(7));
            Instant wentLive = clock.instant();

            WritePolicy live = store.policies().set(PORTAL, WriteMode.LIVE);
            clock.advance(Duration.ofDays(1));
            WritePolicy stillLive = store.policies().set(PORTAL, WriteMode.LIVE);

            assertThat(live).isEqualTo(new WritePolicy(PORTAL, WriteMode.LIVE, wentLive, first)).isEqualTo(stillLive);
            assertThat(store.policies().find(PORTAL)).contains(live);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void settingAModeForAPortalNotSeenBeforeRecordsItsFirstSighting(Backend backend) {
        FakeClock clock = new FakeClock();
        try (Store store = databases.open(databases.fresh(backend), clock)) {
            WritePolicy live = store.policies().set("https://ACME.bitrix24.test", WriteMode.LIVE);

            assertThat(live).isEqualTo(new WritePolicy(PORTAL, WriteMode.LIVE, clock.instant(), clock.instant()));
        }
    }
}
