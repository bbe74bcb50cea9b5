package dev.b24kit.gateway.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Params;
import dev.b24kit.client.limits.SharedBucketUnavailable;
import dev.b24kit.gateway.tools.internal.Json;
import dev.b24kit.store.Store;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /health}: whether the portal answers ({@code server.time}, at most once per {@link #PORTAL_EVERY}, so
 * probes do not spend the portal's budget), whether the store answers, and the bucket's state (local or shared
 * in Redis, and whether it could be reached). 200 when all are well, 503 otherwise. Nothing in it is secret:
 * no URL, no token, errors by kind only.
 */
public final class Health {

    static final Duration PORTAL_EVERY = Duration.ofSeconds(15);

    private final Bitrix24Client client;
    private final Store store;
    private final String bucket;
    private final InstantSource clock;
    private Instant checked = Instant.MIN;
    private ObjectNode portal = Json.object();
    private String bucketState = "ok";

    public Health(Bitrix24Client client, Store store, String bucket, InstantSource clock) {
        this.client = client;
        this.store = store;
        this.bucket = bucket;
        this.clock = clock;
    }

    public synchronized TextEndpoint.Answer answer() {
        if (clock.instant().isAfter(checked.plus(PORTAL_EVERY))) {
            portal = Json.object();
            bucketState = "ok";
            try {
                client.call("server.time", Params.empty());
                portal.put("reachable", true);
            } catch (SharedBucketUnavailable e) {
                portal.put("reachable", false).put("error", "the shared bucket (Redis) is unavailable");
                bucketState = "unavailable";
            } catch (RuntimeException e) {
                portal.put("reachable", false).put("error", e.getClass().getSimpleName());
            }
            checked = clock.instant();
        }
        ObjectNode json = Json.object();
        json.set("portal", portal.deepCopy());
        ObjectNode storeJson = json.putObject("store").put("backend", store.backend().name().toLowerCase(java.util.Locale.ROOT));
        boolean storeOk;
        try {
            store.changes().feed().last();
            storeOk = true;
        } catch (RuntimeException e) {
            storeOk = false;
            storeJson.put("error", e.getClass().getSimpleName());
        }
        storeJson.put("reachable", storeOk);
        json.putObject("bucket").put("kind", bucket).put("state", bucketState);
        boolean ok = storeOk && portal.path("reachable").asBoolean(false) && bucketState.equals("ok");
        json.put("status", ok ? "ok" : "degraded");
        return new TextEndpoint.Answer(ok ? 200 : 503, "application/json", json.toString() + "\n");
    }
}
