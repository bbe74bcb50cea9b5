package dev.b24kit.testportal.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.internal.admin.AdminApi;
import dev.b24kit.testportal.internal.batch.BatchFamily;
import dev.b24kit.testportal.internal.limits.FakeClock;
import dev.b24kit.testportal.internal.rest.ClientConnection;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.rest.Incoming;
import dev.b24kit.testportal.internal.rest.Reply;
import dev.b24kit.testportal.internal.system.SystemMethods;
import dev.b24kit.testportal.internal.time.Sleeper;

/**
 * A portal served without a socket: requests go straight to the dispatcher and the admin API, over
 * the same request pipeline as HTTP. Its clock is a {@link FakeClock}; it has {@code batch},
 * {@code server.time} and the {@link TestMethods}, and one webhook {@code /rest/1/testsecret/} with
 * every scope. Not thread-safe.
 */
public final class DirectPortal {

    public static final String SECRET = "testsecret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final FakeClock clock = new FakeClock();
    public final List<java.time.Duration> slept = new ArrayList<>();
    public final Portal portal;
    /** The fake methods, with what {@code test.write} wrote. */
    public final TestMethods methods = new TestMethods();
    private final Dispatcher dispatcher;
    private final AdminApi admin;

    /** A portal on {@link PortalConfig#fast()} (unlimited, no latency) with the fake clock. */
    public DirectPortal() {
        this(PortalConfig.fast());
    }

    /** The sleeper records what it is asked to wait and advances the fake clock by it. */
    public DirectPortal(PortalConfig config) {
        this(config, null);
    }

    /**
     * A portal whose modelled time passes through {@code sleeper} (it must be thread-safe when requests
     * are sent from several threads); null for the recording sleeper that advances the fake clock.
     */
    public DirectPortal(PortalConfig config, Sleeper sleeper) {
        Sleeper recording = duration -> {
            slept.add(duration);
            clock.advance(duration);
        };
        this.portal = new Portal(config.withClock(clock), sleeper == null ? recording : sleeper,
                List.of(new BatchFamily(), new SystemMethods(), methods));
        portal.credentials().addWebhook(1, SECRET, Set.of());
        this.dispatcher = new Dispatcher(portal);
        this.admin = new AdminApi(portal);
    }

    /** A response: HTTP status and the parsed JSON body. */
    public record Response(int status, JsonNode json, String body) {

        public JsonNode result() {
            return json.get("result");
        }
    }

    public Response postJson(String method, String json) {
        return postJson("/rest/1/" + SECRET + "/", method, json);
    }

    /** POST a JSON body to {@code base + method}. */
    public Response postJson(String base, String method, String json) {
        return send(dispatcher.handle(new Incoming("POST", base + method, null, "application/json",
                json.getBytes(StandardCharsets.UTF_8), "127.0.0.1", false)));
    }

    /** POST a JSON body and answer the dispatcher's raw reply (a dropped connection has no body to parse). */
    public Reply postRaw(String method, String json) {
        return dispatcher.handle(new Incoming("POST", "/rest/1/" + SECRET + "/" + method, null, "application/json",
                json.getBytes(StandardCharsets.UTF_8), "127.0.0.1", false));
    }

    public Response get(String method, String query) {
        return get(method, query, ClientConnection.OPEN);
    }

    /** GET over a connection whose client may have gone by the time the answer is ready. */
    public Response get(String method, String query, ClientConnection client) {
        return send(dispatcher.handle(new Incoming("GET", "/rest/1/" + SECRET + "/" + method, query, null,
                new byte[0], "127.0.0.1", false, client)));
    }

    /** An admin request; {@code form} is sent as a form body (null for none). */
    public Response admin(String httpMethod, String endpoint, String form) {
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        return send(admin.handle(new Incoming(httpMethod, "/_testportal/" + endpoint, null,
                form == null ? null : "application/x-www-form-urlencoded", body, "127.0.0.1", false)));
    }

    /** The reply; {@code json} is null when the body is not JSON (the front end's HTML pages). */
    private static Response send(Reply reply) {
        JsonNode json;
        try {
            json = JSON.readTree(reply.body());
        } catch (RuntimeException notJson) {
            json = null;
        }
        return new Response(reply.status(), json, reply.body());
    }
}
