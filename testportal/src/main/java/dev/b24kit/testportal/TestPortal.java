package dev.b24kit.testportal;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.testportal.internal.Families;
import dev.b24kit.testportal.internal.Portal;
import dev.b24kit.testportal.internal.admin.AdminApi;
import dev.b24kit.testportal.internal.auth.Applications;
import dev.b24kit.testportal.internal.auth.OAuthServer;
import dev.b24kit.testportal.internal.http.PortalHandler;
import dev.b24kit.testportal.internal.http.PortalServer;
import dev.b24kit.testportal.internal.http.SelfSignedCertificate;
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
    private static final Logger LOG = LoggerFactory.getLogger(TestPortal.class);

    /** Client id of the OAuth application every test portal has installed (§1.6). */
    public static final String DEFAULT_CLIENT_ID = Applications.DEFAULT_CLIENT_ID;
    /** Client secret of that application: a fixed, documented test value. */
    public static final String DEFAULT_CLIENT_SECRET = Applications.DEFAULT_CLIENT_SECRET;

    private final Portal portal;
    private final PortalServer server;
    private final String secret;
    private final SelfSignedCertificate certificate;

    private TestPortal(PortalConfig config) {
        this.secret = config.secret() != null ? config.secret() : randomSecret();
        // with a virtual clock modelled latency is reported, never waited for (time moves only when the test says)
        Sleeper sleeper = config.clock() instanceof VirtualClock ? duration -> { } : Sleeper.REAL;
        this.portal = new Portal(config, sleeper, Families.all());
        if (portal.users().find(config.webhookUserId()) == null) {
            throw new IllegalArgumentException("webhookUserId " + config.webhookUserId()
                    + " is not a user of the test portal (1.." + portal.users().all().size() + ")");
        }
        portal.credentials().addWebhook(config.webhookUserId(), secret, Set.of());
        portal.credentials().credentialErrorStatus(config.credentialErrorStatus());
        PortalData.seed(portal, config.seed(), counts(config));
        Dispatcher dispatcher = new Dispatcher(portal);
        this.certificate = config.https() ? SelfSignedCertificate.generate(config.host()) : null;
        this.server = new PortalServer(config.host(), config.port(), new PortalHandler(dispatcher,
                new AdminApi(portal), new OAuthServer(portal, dispatcher), config.maxBodyBytes()), certificate);
        try {
            server.start();
        } catch (RuntimeException e) {
            if (certificate != null) {
                certificate.close();
            }
            throw e;
        }
        portal.baseUrl(baseUrl());
        if (!(config.clock() instanceof VirtualClock)) {
            // under a virtual clock events go out only when the test delivers them (deliverDue, clock
            // admin), so a background worker racing the test could not make a run reproducible
            portal.events().deliveries().start();
        }
        LOG.info("test portal listening on {}", baseUrl());
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
                        e.status(), e.error(), e.processing(), e.batchOf(), e.disconnected()))
                .toList();
    }

    /**
     * Puts the portal back into its starting state: data reseeded from the configured seed, and
     * subscriptions, queued events, faults, the call log and limit counters forgotten, and every
     * run-time switch (plan, operating limit, cost model, latency, cut-off, silent drops, event
     * delivery) back to the start configuration. A {@link VirtualClock} keeps its time (it never goes
     * back).
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

    /**
     * The PEM file of the portal's self-signed certificate, for clients to trust; it lives until
     * {@link #close()}.
     *
     * @throws IllegalStateException when the portal serves plain HTTP ({@code PortalConfig.https} off)
     */
    public Path certificatePem() {
        if (certificate == null) {
            throw new IllegalStateException("the test portal serves plain HTTP; start it with PortalConfig.withHttps(true)");
        }
        return certificate.pem();
    }

    /** The port the portal listens on. */
    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        portal.events().close();
        try {
            server.close();
        } finally {
            if (certificate != null) {
                certificate.close();
            }
        }
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
