package dev.b24kit.gateway.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class SessionsTest {

    private static final String LINK = "a-first-login-secret-long-enough";

    @Test
    void aLoginLinkUsedByManyRequestsAtOnceOpensExactlyOneSession() throws Exception {
        Sessions sessions = new Sessions(InstantSource.system(), Duration.ofHours(1), LINK);
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Optional<Sessions.Session>>> tries = java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> threads.submit(() -> {
                        start.await();
                        return sessions.login(LINK, "person " + i);
                    })).toList();
            start.countDown();
            long opened = 0;
            for (Future<Optional<Sessions.Session>> attempt : tries) {
                opened += attempt.get().isPresent() ? 1 : 0;
            }
            assertThat(opened).isEqualTo(1);
        }
        assertThat(sessions.isLogin(LINK)).isFalse();
    }

    @Test
    void aSessionEndsAtItsLifetimeAndEachHasItsOwnCsrfToken() {
        Instant[] now = {Instant.parse("2026-03-01T09:00:00Z")};
        Sessions sessions = new Sessions(() -> now[0], Duration.ofHours(12), LINK);
        Sessions.Session anna = sessions.login(LINK, "anna").orElseThrow();
        Sessions.Session boris = sessions.login(sessions.issueLogin(), "boris").orElseThrow();

        assertThat(anna.csrf()).isNotEqualTo(boris.csrf()).isNotEqualTo(anna.id());
        assertThat(Sessions.csrfMatches(anna, boris.csrf())).isFalse();
        assertThat(Sessions.csrfMatches(anna, null)).isFalse();
        now[0] = now[0].plus(Duration.ofHours(12)).minusMillis(1);
        assertThat(sessions.find(anna.id())).isPresent();
        now[0] = now[0].plusMillis(1);
        assertThat(sessions.find(anna.id())).isEmpty();
    }

    @Test
    void escapingLeavesNoMarkupAndNoAttributeBreakout() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.escape(null)).isEmpty();
    }
}
