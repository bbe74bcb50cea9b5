package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * {@code b24kit testportal}: runs a test portal until SIGTERM or SIGINT. The incoming-webhook URL is
 * the first line of stdout (flushed at once, so a parent process can read it); the banner, the admin
 * URL and the certificate path go to stderr. Exit codes: 0 after a clean stop, 1 when the portal
 * cannot start (port taken), 2 for a bad flag.
 */
@Command(name = "testportal", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a Bitrix24 test portal (an emulator) on this machine until stopped (Ctrl-C, SIGTERM).",
            "Prints the incoming-webhook URL as the first line of stdout; everything else goes to stderr."})
final class TestPortalCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(TestPortalCommand.class);
    private static final PortalConfig DEFAULTS = PortalConfig.defaults();

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "0", converter = PortalFlags.Port.class,
            description = "Port to bind, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", defaultValue = "1", converter = PortalFlags.Seed.class,
            description = "Seed of the generated data; the same seed gives the same portal (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--deals", converter = PortalFlags.Count.class, description = "Deals to seed (default: 500).")
    Integer deals;

    @Option(names = "--contacts", converter = PortalFlags.Count.class, description = "Contacts to seed (default: 300).")
    Integer contacts;

    @Option(names = "--companies", converter = PortalFlags.Count.class, description = "Companies to seed (default: 100).")
    Integer companies;

    @Option(names = "--leads", converter = PortalFlags.Count.class, description = "Leads to seed (default: 200).")
    Integer leads;

    @Option(names = "--plan", defaultValue = "standard", converter = PortalFlags.PlanName.class,
            description = "Request limit: standard (50, 2/s), enterprise (250, 5/s), unlimited, custom:BURST/DRAIN "
                    + "(default: ${DEFAULT-VALUE}).")
    Plan plan;

    @Option(names = "--latency", defaultValue = "realtime", converter = PortalFlags.Latency.class,
            description = "realtime spends the modelled processing time, none only reports it (default: ${DEFAULT-VALUE}).")
    LatencyMode latency;

    @Option(names = "--secret", converter = PortalFlags.Secret.class,
            description = "Secret of the incoming webhook (default: random).")
    String secret;

    @Option(names = "--https", description = "Serve HTTPS with a self-signed certificate; its PEM path goes to stderr.")
    boolean https;

    @Option(names = "--credential-error-status", defaultValue = "401", converter = PortalFlags.CredentialStatus.class,
            description = "Status of INVALID_CREDENTIALS and insufficient_scope: 401 (server source) or 403 (docs) "
                    + "(default: ${DEFAULT-VALUE}).")
    int credentialErrorStatus;

    @Option(names = "--outgoing-webhook", converter = PortalFlags.OutgoingWebhookSpec.class, paramLabel = "URL=EVENTS",
            description = "Send these events to URL, as an outgoing webhook set up in the portal's UI; repeatable. "
                    + "Its application_token: GET /_testportal/events/webhooks.")
    java.util.List<PortalFlags.OutgoingWebhook> outgoingWebhooks = new java.util.ArrayList<>();

    @Option(names = "--event-delivery", defaultValue = "cloud", converter = PortalFlags.Delivery.class,
            description = "cloud: delays, bursts, reordering like a cloud portal; prompt: at once and in order "
                    + "(default: ${DEFAULT-VALUE}; finer knobs: POST /_testportal/events/delivery).")
    dev.b24kit.testportal.EventDelivery eventDelivery;

    @Option(names = "--fault", converter = PortalFlags.FaultSpec.class, paramLabel = "SPEC",
            description = "Schedule a fault, KIND[:ARG]@METHOD[,count=N][,p=P], e.g. drop-after-commit@crm.deal.add,count=1; "
                    + "repeatable.")
    java.util.List<dev.b24kit.testportal.FaultRule> faults = new java.util.ArrayList<>();

    @Option(names = "--virtual-time", description = "Run on a virtual clock that moves only through POST "
            + "/_testportal/clock (advance=PT5M); latency is then reported, never waited for.")
    boolean virtualTime;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        TestPortal portal;
        try {
            portal = TestPortal.start(config());
        } catch (RuntimeException e) {
            err.println("b24kit testportal: could not start: " + e.getMessage());
            err.flush();
            return 1;
        }
        portal.events().delivery(eventDelivery);
        outgoingWebhooks.forEach(hook -> portal.events().addOutgoingWebhook(hook.handler(), hook.events()));
        faults.forEach(rule -> portal.faults().add(rule));
        CountDownLatch stop = StopSignals.install();
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println(portal.webhookUrl());
            out.flush();
            banner(portal, err);
            stop.await();
            LOG.info("test portal stopping");
        } finally {
            portal.close();
        }
        err.println("b24kit testportal: stopped");
        err.flush();
        return 0;
    }

    PortalConfig config() {
        return PortalConfig.defaults().withHost(host).withPort(port).withHttps(https).withSeed(seed)
                .withData(or(deals, DEFAULTS.deals()), or(contacts, DEFAULTS.contacts()),
                        or(companies, DEFAULTS.companies()), or(leads, DEFAULTS.leads()))
                .withPlan(plan).withLatency(latency).withSecret(secret).withCredentialErrorStatus(credentialErrorStatus)
                .withClock(virtualTime ? new dev.b24kit.testportal.VirtualClock(java.time.Instant.now())
                        : java.time.InstantSource.system());
    }

    private void banner(TestPortal portal, PrintWriter err) {
        PortalConfig config = config();
        err.println("b24kit test portal: a Bitrix24 emulator for tests, not a real portal");
        err.println("  webhook URL  first line of stdout (it contains the secret)");
        err.println("  OAuth        " + portal.baseUrl().resolve("oauth/token/") + "  default app client_id "
                + TestPortal.DEFAULT_CLIENT_ID + " (secret in docs/testportal.md)");
        err.println("  admin API    " + portal.baseUrl().resolve("_testportal/"));
        err.println("  data         seed " + config.seed() + ": " + config.deals() + " deals, " + config.contacts()
                + " contacts, " + config.companies() + " companies, " + config.leads() + " leads");
        err.println("  limits       plan " + config.plan().name() + ", latency " + config.latency().name().toLowerCase(java.util.Locale.ROOT));
        err.println("  events       delivery " + (eventDelivery == dev.b24kit.testportal.EventDelivery.PROMPT ? "prompt" : "cloud")
                + ", " + outgoingWebhooks.size() + " outgoing webhook(s), " + faults.size() + " fault rule(s)"
                + (virtualTime ? ", virtual time (POST /_testportal/clock)" : ""));
        if (config.https()) {
            err.println("  certificate  " + portal.certificatePem() + " (self-signed; trust this PEM)");
        }
        err.println("  stop         Ctrl-C or SIGTERM");
        err.flush();
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
