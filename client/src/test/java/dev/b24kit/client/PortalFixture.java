package dev.b24kit.client;

import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/** A test portal and clients of it: each client with its own bucket, so tests do not share one. */
final class PortalFixture {

    /** A sleeper that records waits and does not sleep (the portal under test is unlimited). */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    /** The webhook secret of every portal these tests start; {@link NoSecretsInLogs} looks for it. */
    static final String SECRET = "fixtureSecret7q2w";

    private PortalFixture() {
    }

    /** Starts a portal whose webhook secret is {@link #SECRET}. */
    static TestPortal start(dev.b24kit.testportal.PortalConfig config) {
        return TestPortal.start(config.withSecret(SECRET));
    }

    static ClientBuilder client(TestPortal portal) {
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .rateLimiter(RateLimiter.local(PlanLimits.STANDARD, InstantSource.system(), Sleeper.SYSTEM));
    }

    /** A client that does not sleep between retries (for an unlimited portal). */
    static ClientBuilder quickClient(TestPortal portal, Sleeper sleeper) {
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .time(InstantSource.system(), sleeper)
                .rateLimiter(RateLimiter.local(new PlanLimits(100_000, 100_000), InstantSource.system(), sleeper));
    }

    static List<RecordedCall> calls(TestPortal portal) {
        return portal.calls(0, Integer.MAX_VALUE);
    }

    static long count(TestPortal portal, String method, int status) {
        return calls(portal).stream().filter(c -> c.method().equals(method) && c.status() == status).count();
    }
}
