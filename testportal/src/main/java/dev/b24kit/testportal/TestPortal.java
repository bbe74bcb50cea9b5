package dev.b24kit.testportal;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Set;

import dev.b24kit.testportal.internal.Families;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.admin.AdminApi;
import dev.b24kit.testportal.internal.http.PortalHandler;
import dev.b24kit.testportal.internal.http.PortalServer;
import dev.b24kit.testportal.internal.rest.Dispatcher;
import dev.b24kit.testportal.internal.seed.PortalData;
import dev.b24kit.testportal.internal.seed.Seeder;
import dev.b24kit.testportal.internal.time.Sleeper;

/**
 * A running test portal: a stateful Bitrix24 emulator served over real HTTP on loopback.
 *
 * <pre>{@code
 * try (TestPortal portal = TestPortal.start(PortalConfig.fast())) {
 *     URI hook = portal.webhookUrl(); // http://127.0.0.1:PORT/rest/1/SECRET/
 * }
 * }</pre>
 *
 * Thread-safe. {@link #close()} stops the server; the portal cannot be restarted.
 */
public final class TestPortal implements AutoCloseable {

    private static final String SECRET_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Portal portal;
    private final PortalServer server;
    private final String secret;

    private TestPortal(PortalConfig config) {
        this.secret = config.secret() != null ? config.secret() : randomSecret();
        // with a virtual clock modelled latency is reported, never waited for (time moves only when the test says)
        Sleeper sleeper = config.clock() instanceof VirtualClock ? duration -> { } : Sleeper.REAL;
        this.portal = new Portal(config, sleeper, Families.all());
        portal.credentials().addWebhook(config.webhookUserId(), secret, Set.of());
        PortalData.seed(portal, config.seed(), counts(config));
        Dispatcher dispatcher = new Dispatcher(portal);
        this.server = new PortalServer(config.host(), config.port(),
                new PortalHandler(dispatcher, new AdminApi(portal), config.maxBodyBytes()));
        server.start();
        portal.baseUrl(baseUrl());
        portal.events().deliveries().start();
    }

    /** Starts a portal; throws {@link IllegalStateException} when the port cannot be bound. */
    public static TestPortal start(PortalConfig config) {
        return new TestPortal(config);
    }

    /** The incoming-webhook URL, ending in {@code /}: append a method name to call it. Contains the secret. */
    public URI webhookUrl() {
        return baseUrl().resolve("rest/" + portal.config().webhookUserId() + "/" + secret + "/");
    }

    /** {@code http://HOST:PORT/} of this portal. */
    public URI baseUrl() {
        String scheme = portal.config().https() ? "https" : "http";
        return URI.create(scheme + "://" + portal.config().host() + ":" + server.port() + "/");
    }

    /** Switches limits, cost model, latency and silent drops of this running portal from code. */
    public PortalLimits limits() {
        return new PortalLimits(portal);
    }

    /** Outgoing webhooks, event delivery behaviour and the delivery log. */
    public PortalEvents events() {
        return new PortalEvents(portal);
    }

    /** Scheduled faults. */
    public PortalFaults faults() {
        return new PortalFaults(portal);
    }

    /** Calls served after {@code afterSequence}, oldest first, at most {@code limit}. */
    public java.util.List<RecordedCall> calls(long afterSequence, int limit) {
        return portal.callLog().since(afterSequence, limit).stream()
                .map(e -> new RecordedCall(e.sequence(), e.at(), e.httpMethod(), e.method(), e.params(), e.credential(),
                        e.status(), e.error(), e.processing(), e.batchOf()))
                .toList();
    }

    /**
     * Puts the portal back into its starting state: data reseeded from the configured seed, and
     * subscriptions, queued events, faults, the call log and limit counters forgotten, and every
     * run-time switch (plan, operating limit, cost model, latency, silent drops, event delivery) back to
     * the start configuration. A {@link VirtualClock} keeps its time (it never goes back).
     */
    public void reset() {
        PortalData.reset(portal, portal.config().seed(), counts(portal.config()));
    }

    /** The portal's clock ({@link VirtualClock} when configured so). */
    public java.time.InstantSource clock() {
        return portal.clock();
    }

    /** The configuration the portal started with. */
    public PortalConfig config() {
        return portal.config();
    }

    /** The port the portal listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        portal.events().close();
        server.close();
    }

    static Seeder.Counts counts(PortalConfig config) {
        return new Seeder.Counts(config.deals(), config.contacts(), config.companies(), config.leads(), 8);
    }

    private static String randomSecret() {
        SecureRandom random = new SecureRandom();
        StringBuilder secret = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            secret.append(SECRET_ALPHABET.charAt(random.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }
}
