package dev.b24kit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.limits.RedisRateLimiter;
import dev.b24kit.client.metrics.MicrometerListener;
import dev.b24kit.gateway.Gateway;
import dev.b24kit.gateway.GatewayBuilder;
import dev.b24kit.gateway.GatewayToken;
import dev.b24kit.gateway.page.Pages;
import dev.b24kit.gateway.page.PagesConfig;
import dev.b24kit.gateway.page.TrustRecording;
import dev.b24kit.gateway.tools.ToolsConfig;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.UnknownEntity;
import dev.b24kit.store.Store;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;

/**
 * {@code b24kit gateway}: the MCP gateway on stdio (default) or Streamable HTTP, with change tracking running
 * in the process. stdout carries only the MCP protocol in stdio mode; status and logs go to stderr. Exit codes:
 * 0 after a clean stop (end of stdin, SIGTERM, SIGINT), 1 when the store or the portal fails for good, 2 for a
 * bad flag (a non-loopback address without --allow-remote, a short token).
 */
@Command(name = "gateway", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the MCP gateway: CRM tools in human labels (describe_entity, search, get, create, update, "
                + "move_stage, changes_since, proposal_status), every write verified, a new portal in observe mode "
                + "(writes become proposals; go live with 'b24kit policy live').",
            "stdio: add it to an MCP client as a command. HTTP: POST http://HOST:PORT/mcp with Authorization: Bearer TOKEN; "
                + "the same server hosts /events (change tracking), /health and /metrics."})
final class GatewayCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PortalOption portal;

    @Mixin
    StoreOption store;

    static final class Transport {
        @Option(names = "--stdio", description = "Serve MCP on stdin/stdout (the default).")
        boolean stdio;

        @Option(names = "--http", paramLabel = "HOST:PORT", converter = ChangeFlags.Listen.class,
                description = "Serve MCP over Streamable HTTP at http://HOST:PORT/mcp (loopback unless --allow-remote).")
        InetSocketAddress http;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Transport transport = new Transport();

    @Option(names = "--listen", paramLabel = "HOST:PORT", converter = ChangeFlags.Listen.class,
            description = "With --stdio: also serve /events, /health and /metrics here (with the embedded portal a free "
                    + "loopback port is used when absent).")
    InetSocketAddress listen;

    @Option(names = "--token", paramLabel = "TOKEN", description = {"The bearer token HTTP clients must send (16+ characters).",
        "Default: B24KIT_GATEWAY_TOKEN; without either, one is generated at first start, printed once on stderr, "
                + "and only its hash kept in --token-file."})
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = ".b24kit/gateway-token.sha256",
            description = "Where the generated token's SHA-256 is kept (default: ${DEFAULT-VALUE}).")
    Path tokenFile;

    @Option(names = "--app-token", paramLabel = "APP_TOKEN",
            description = "The portal's outgoing-webhook application_token: /events takes the portal's events with it "
                    + "(default: B24KIT_APP_TOKEN, which keeps it out of the process list).")
    String applicationToken;

    @Option(names = "--redis", paramLabel = "URL",
            description = "Share the portal's request bucket with other processes through Redis (default: B24KIT_REDIS; "
                    + "without either, a bucket in this process).")
    String redis;

    @Option(names = "--read-only", description = "Hide the write tools (create, update, move_stage) entirely.")
    boolean readOnly;

    @Option(names = "--allow-remote", description = "Allow --http/--listen on a non-loopback address (put TLS in front).")
    boolean allowRemote;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", description = "Also accept this browser Origin on /mcp.")
    List<String> origins = new ArrayList<>();

    @Option(names = "--entities", paramLabel = "ENTITY[,ENTITY…]", split = ",", converter = ChangeFlags.EntityName.class,
            defaultValue = "deal,contact,company,lead", description = "What change tracking follows (default: ${DEFAULT-VALUE}).")
    List<String> entities = new ArrayList<>();

    @Option(names = "--reconcile-every", paramLabel = "DURATION", defaultValue = "5m", converter = ChangeFlags.Interval.class,
            description = "The reconciler's interval (default: ${DEFAULT-VALUE}).")
    Duration reconcileEvery;

    @Override
    public Integer call() throws InterruptedException {
        Launch launch = root.launch();
        PrintWriter err = spec.commandLine().getErr();
        InetSocketAddress address = transport.http != null ? transport.http : listen;
        if (address != null) {
            try {
                GatewayBuilder.checkListen(address, allowRemote); // before the store is opened or a portal started
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        String redisUrl = redis != null ? redis : launch.redisFromEnvironment();
        RedisRateLimiter[] bucket = new RedisRateLimiter[1];
        try (Store opened = store.open(launch);
             PortalOption.PortalSession session = portal.open(launch, launch.embeddedPortal().withData(500, 300, 100, 200),
                     (builder, origin) -> {
                         ClientListener metrics = MicrometerListener.recordingInto(registry);
                         ClientListener waits = TrustRecording.limitWaits(opened, origin);
                         builder.listener(event -> {
                             metrics.on(event);
                             waits.on(event); // the trust page's "limit waits absorbed"
                         });
                         if (redisUrl != null) {
                             try {
                                 bucket[0] = RedisRateLimiter.connect(redisUrl, origin, portal.plan());
                             } catch (IllegalArgumentException e) {
                                 throw new ParameterException(spec.commandLine(), (redis != null ? "--redis" : "B24KIT_REDIS")
                                         + " is not a Redis URL: expected redis://[[user]:password@]host[:port][/db] "
                                         + "(the value is not shown, it may hold a password)");
                             }
                             builder.rateLimiter(bucket[0]);
                         }
                         return builder;
                     })) {
            return serve(launch, opened, session, registry, bucket[0] != null ? "redis" : "local", err);
        } finally {
            // after the client that used it
            if (bucket[0] != null) {
                bucket[0].close();
            }
        }
    }

    private int serve(Launch launch, Store opened, PortalOption.PortalSession session, PrometheusMeterRegistry registry,
                      String bucket, PrintWriter err) throws InterruptedException {
        String origin = portal.origin(launch, session);
        InetSocketAddress address = transport.http != null ? transport.http : listen;
        String appToken = applicationToken != null ? applicationToken : launch.appTokenFromEnvironment();
        FieldCatalog catalog = FieldCatalog.of(session.client());
        if (session.embedded() != null) {
            InetSocketAddress given = address != null ? address : new InetSocketAddress("127.0.0.1", 0);
            address = new InetSocketAddress(given.getHostString(), given.getPort() == 0 ? ChangeFlags.freePort() : given.getPort());
        }
        ChangeTracker tracker;
        try {
            tracker = ChangeTracker.create(opened, session.client(), catalog, TrackerConfig.of(origin, entities,
                    holder(address)).withReconcileEvery(reconcileEvery));
        } catch (UnknownEntity e) {
            throw new ParameterException(spec.commandLine(), "--entities: " + e.getMessage());
        }
        if (session.embedded() != null) {
            URI events = URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/events");
            appToken = session.embedded().events().addOutgoingWebhook(events, ChangeFlags.events(tracker.entities()))
                    .applicationToken();
            err.println("b24kit gateway: change tracking is wired to the embedded test portal: its outgoing webhook posts "
                    + String.join(",", tracker.entities()) + " events to " + events);
        }
        WritesConfig writes = WritesConfig.of(session.client(), catalog, opened, origin);
        GatewayBuilder builder = Gateway.builder(ToolsConfig.of(writes).withReadOnly(readOnly))
                .metrics(registry).bucket(bucket).allowRemote(allowRemote)
                .tracking(tracker, Duration.ofMillis(500));
        origins.forEach(builder::allowOrigin);
        PagesConfig pagesConfig = PagesConfig.of(opened, Writes.of(writes).approvals(), origin, launch.clock(),
                PagesConfig.newLoginSecret());
        Pages pages = new Pages(pagesConfig);
        for (String path : List.of("/login", "/logout", "/proposals/*", "/policy/*", "/trust/*")) {
            builder.mount(path, pages);
        }
        if (address != null) {
            builder.listen(address, token(launch, err), transport.http != null);
            if (appToken != null) {
                builder.intake(appToken);
            }
        }
        Gateway gateway;
        try {
            gateway = builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (gateway) {
            gateway.start();
            String mode = readOnly ? "read-only: no write tools"
                    : "writes follow the portal's policy: 'b24kit policy' shows it, 'b24kit policy live' goes live";
            if (address != null) {
                err.println("b24kit gateway: proposals and trust pages at " + gateway.uri() + "/proposals; sign in once with "
                        + gateway.uri() + Pages.loginPath(pagesConfig) + " (a one-time link; 'b24kit proposals' works too)");
            }
            if (transport.http != null) {
                err.println("b24kit gateway: MCP at " + gateway.uri() + "/mcp for " + origin + " (" + mode
                        + "); /health, /metrics, /events beside it");
                err.flush();
                CountDownLatch stop = StopSignals.install();
                stop.await();
            } else {
                err.println("b24kit gateway: MCP on stdio for " + origin + " (" + mode + ")"
                        + (address != null ? "; /health, /metrics, /events at " + gateway.uri() : ""));
                err.flush();
                gateway.serveStdio(System.in, new FileOutputStream(FileDescriptor.out));
            }
        }
        err.println("b24kit gateway: stopped");
        err.flush();
        return ExitCodes.SUCCESS;
    }

    /**
     * The name this process claims inbox rows under: the host, address and port it serves on, which no other live
     * process on this host can have (hosts sharing a store need names of their own), so that a gateway started
     * again after a crash takes over the claims it left (they would otherwise wait out their lease). Without a
     * fixed port, or when the host has no name, a name of its own.
     */
    private static String holder(InetSocketAddress address) {
        String unique = "gateway-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
        if (address == null || address.getPort() == 0) {
            return unique;
        }
        try {
            return "gateway@" + InetAddress.getLocalHost().getHostName() + "/" + address.getHostString() + ":" + address.getPort();
        } catch (UnknownHostException e) {
            return unique;
        }
    }

    private GatewayToken token(Launch launch, PrintWriter err) {
        String given = token != null ? token : launch.gatewayTokenFromEnvironment();
        if (given != null) {
            try {
                return GatewayToken.of(given);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), (token != null ? "--token: " : "B24KIT_GATEWAY_TOKEN: ") + e.getMessage());
            }
        }
        return GatewayToken.loadOrGenerate(tokenFile, new SecureRandom(), generated -> {
            err.println("b24kit gateway: generated the HTTP bearer token (shown only now; only its hash is kept in "
                    + tokenFile + "): " + generated);
            err.flush();
        });
    }

}
