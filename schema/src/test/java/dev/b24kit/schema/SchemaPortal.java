package dev.b24kit.schema;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.RecordedCall;
import dev.b24kit.testportal.TestPortal;

/** A seeded test portal, a client of it, and what the catalog's tests ask of both. */
final class SchemaPortal implements AutoCloseable {

    /** A clock the test moves. */
    static final class FakeClock implements InstantSource {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    final TestPortal portal;
    final Bitrix24Client client;
    final FakeClock clock = new FakeClock();

    SchemaPortal(PortalConfig config) {
        portal = TestPortal.start(config);
        client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .rateLimiter(RateLimiter.local(new PlanLimits(100_000, 100_000), InstantSource.system(), Sleeper.SYSTEM))
                .build();
    }

    static SchemaPortal start() {
        return new SchemaPortal(PortalConfig.fast().withData(20, 10, 5, 5));
    }

    /** A catalog on the fake clock. */
    FieldCatalog catalog() {
        return FieldCatalog.of(client, CatalogOptions.defaults().withClock(clock));
    }

    /** HTTP requests the portal served (a batch counts once), from its call log. */
    long requests() {
        return calls().stream().filter(c -> c.batchOf() == 0).count();
    }

    List<RecordedCall> calls() {
        return portal.calls(0, Integer.MAX_VALUE);
    }

    JsonNode call(String method, Map<String, Object> params) {
        Params p = Params.empty();
        for (Map.Entry<String, Object> e : params.entrySet()) {
            p = p.with(e.getKey(), e.getValue());
        }
        return client.call(method, p).result();
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            portal.close();
        }
    }
}
