package dev.b24kit.changes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Params;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.testing.TestPortalExtension;

/** Makes changes in the test portal as a user would, through a client of its own with no budget to wait for. */
final class Deals {

    private final Bitrix24Client client;

    Deals(TestPortalExtension portal) {
        this.client = client(portal);
    }

    /** A client of the portal that never waits for the rate limiter. */
    static Bitrix24Client client(TestPortalExtension portal) {
        return Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString()))
                .rateLimiter(RateLimiter.local(new PlanLimits(1_000_000, 1_000_000), InstantSource.system(), Sleeper.SYSTEM))
                .build();
    }

    List<Long> create(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(client.call("crm.deal.add", Params.of("fields", java.util.Map.of("TITLE", "New deal " + i))).result().asLong());
        }
        return ids;
    }

    /** Creates deals 50 per batch request; answers their IDs. */
    List<Long> createMany(int count) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < count; from += 50) {
            Batch.Builder batch = Batch.builder();
            for (int i = from; i < Math.min(count, from + 50); i++) {
                batch.add("a" + i, "crm.deal.add", Params.of("fields", java.util.Map.of("TITLE", "Bulk deal " + i)));
            }
            var answers = client.batch(batch.build());
            for (int i = from; i < Math.min(count, from + 50); i++) {
                if (answers.outcome("a" + i) instanceof dev.b24kit.client.batch.CommandOutcome.Succeeded s) {
                    ids.add(s.result().result().asLong());
                } else {
                    throw new IllegalStateException("creating deal " + i + " failed: " + answers.outcome("a" + i));
                }
            }
        }
        return ids;
    }

    /** Renames the deals, 50 per batch request. */
    void rename(List<Long> ids, String title) {
        for (int from = 0; from < ids.size(); from += 50) {
            Batch.Builder batch = Batch.builder();
            for (Long id : ids.subList(from, Math.min(ids.size(), from + 50))) {
                batch.add("u" + id, "crm.deal.update", Params.of("id", id).with("fields", java.util.Map.of("TITLE", title + " " + id)));
            }
            client.batch(batch.build());
        }
    }

    /** Any call, as a user would make it through the portal's UI or an incoming webhook. */
    void call(String method, Params params) {
        client.call(method, params);
    }

    void delete(long id) {
        client.call("crm.deal.delete", Params.of("id", id));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
