package dev.b24kit.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.PlanLimits;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/**
 * {@code --portal URL}, shared by the commands that talk to a portal. The flag wins over
 * {@code B24KIT_PORTAL}; without either, an embedded test portal is started and announced on stderr.
 * The URL is shown only redacted ({@code http://host/rest/1/****}/).
 */
final class PortalOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--portal", paramLabel = "URL", description = {
        "The portal's incoming-webhook URL:",
        "https://HOST/rest/USER_ID/SECRET/",
        "Default: B24KIT_PORTAL (which keeps the secret out of the process list); without either, an embedded "
                + "test portal with seeded data is started for this run."})
    String url;

    @Option(names = "--plan", paramLabel = "PLAN", defaultValue = "standard", description = {
        "The portal's request limit, mirrored by the client: standard (50 requests, 2 per second), enterprise "
                + "(250, 5) or BURST/RATE. Default: ${DEFAULT-VALUE}."})
    String plan;

    /** A client of the portal this command should use, and the test portal started for it, if any. */
    PortalSession open(Launch launch) {
        return open(launch, launch.embeddedPortal());
    }

    /**
     * The portal's origin ({@code https://host[:port]}) from {@code --portal} or {@code B24KIT_PORTAL};
     * null when neither is given (an embedded test portal will be started).
     */
    String origin(Launch launch) {
        String given = url != null ? url : launch.portalFromEnvironment();
        if (given == null) {
            return null;
        }
        try {
            URI uri = URI.create(given.strip());
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
            }
        } catch (IllegalArgumentException e) {
            // refused below, without the value
        }
        throw new ParameterException(command.commandLine(), (url != null ? "--portal" : "B24KIT_PORTAL")
                + " is not a portal URL: expected https://PORTAL/rest/USER_ID/SECRET/ (the value is not shown, it may hold a secret)");
    }

    /** As {@link #open(Launch)}, starting {@code embedded} when no portal URL is given. */
    PortalSession open(Launch launch, PortalConfig embedded) {
        return open(launch, embedded, (builder, origin) -> builder);
    }

    /** The plan's limits from {@code --plan}. */
    PlanLimits plan() {
        try {
            return PlanLimits.parse(plan);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--plan: " + e.getMessage());
        }
    }

    /**
     * As {@link #open(Launch, PortalConfig)}, letting {@code customize} add to the client (a listener, a shared
     * bucket) knowing the portal's origin.
     */
    PortalSession open(Launch launch, PortalConfig embedded,
                       java.util.function.BiFunction<dev.b24kit.client.ClientBuilder, String, dev.b24kit.client.ClientBuilder> customize) {
        PlanLimits limits;
        try {
            limits = PlanLimits.parse(plan);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--plan: " + e.getMessage());
        }
        String given = url != null ? url : launch.portalFromEnvironment();
        if (given != null) {
            try {
                Credentials credentials = Credentials.webhook(given);
                return new PortalSession(customize.apply(Bitrix24Client.builder(credentials).plan(limits),
                        credentials.portalOrigin()).build(), null);
            } catch (IllegalArgumentException e) {
                        throw new ParameterException(command.commandLine(), (url != null ? "--portal" : "B24KIT_PORTAL")
                        + " is not an incoming-webhook URL: expected https://PORTAL/rest/USER_ID/SECRET/ "
                        + "(the value is not shown, it may hold a secret)");
            }
        }
        PortalConfig config = embedded;
        announce(config);
        TestPortal portal = TestPortal.start(config);
        try {
            Credentials credentials = Credentials.webhook(portal.webhookUrl().toString());
            return new PortalSession(customize.apply(Bitrix24Client.builder(credentials).plan(limits),
                    credentials.portalOrigin()).build(), portal);
        } catch (RuntimeException e) {
            portal.close();
            throw e;
        }
    }

    /**
     * The portal's origin ({@code https://host[:port]}) as the store names portals: never the webhook URL,
     * whose path holds the secret.
     */
    String origin(Launch launch, PortalSession session) {
        java.net.URI where = session.embedded() != null ? session.embedded().baseUrl()
                : java.net.URI.create(url != null ? url : launch.portalFromEnvironment());
        return where.getScheme() + "://" + where.getHost() + (where.getPort() < 0 ? "" : ":" + where.getPort());
    }

    private void announce(PortalConfig config) {
        PrintWriter err = command.commandLine().getErr();
        err.println("b24kit " + command.name() + ": no --portal or B24KIT_PORTAL given, starting an embedded test portal "
                + String.format(Locale.ROOT, "(seed %d: %,d deals, %,d contacts, %,d companies, %,d leads; ", config.seed(),
                        config.deals(), config.contacts(), config.companies(), config.leads())
                + "plan " + config.plan().name() + ", latency " + config.latency().name().toLowerCase(Locale.ROOT) + ")");
        err.flush();
    }

    /** A client, and the embedded test portal behind it when one was started; closing closes both. */
    record PortalSession(Bitrix24Client client, TestPortal embedded) implements AutoCloseable {
        @Override
        public void close() {
            try {
                client.close();
            } finally {
                if (embedded != null) {
                    embedded.close();
                }
            }
        }
    }
}
