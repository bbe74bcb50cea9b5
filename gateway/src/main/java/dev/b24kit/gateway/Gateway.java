package dev.b24kit.gateway;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import dev.b24kit.changes.TrackingLoop;
import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;
import dev.b24kit.gateway.internal.BearerGuard;
import dev.b24kit.gateway.internal.Health;
import dev.b24kit.gateway.internal.McpTools;
import dev.b24kit.gateway.internal.Origins;
import dev.b24kit.gateway.internal.RepeatedFailure;
import dev.b24kit.gateway.internal.TextEndpoint;
import dev.b24kit.gateway.tools.Tools;
import dev.b24kit.gateway.tools.ToolsConfig;
import dev.b24kit.writes.WritesConfig;

/**
 * The gateway: the MCP server over {@link Tools}, on stdio ({@link #serveStdio}) or Streamable HTTP at
 * {@code /mcp}, and one Jetty server that also hosts {@code /events} (the change-tracking intake),
 * {@code /health}, {@code /metrics} and any handler {@linkplain GatewayBuilder#mount mounted} at a path (the proposals
 * and trust pages). Change tracking's refetch/reconcile loop runs in the process when
 * {@linkplain GatewayBuilder#tracking given}.
 *
 * <pre>{@code
 * try (Gateway gateway = Gateway.builder(ToolsConfig.of(writesConfig))
 *         .listen(new InetSocketAddress("127.0.0.1", 8765), GatewayToken.of(token), true)
 *         .intake(applicationToken)
 *         .mount("/proposals/*", proposalsPage)
 *         .build().start()) {
 *     gateway.awaitStop();
 * }
 * }</pre>
 *
 * <p>Security: {@code /mcp} and {@code /metrics} need {@code Authorization: Bearer <token>} (else 401);
 * {@code /mcp} refuses an {@code Origin} other than the loopback ones and those allowed (403), and while bound
 * to loopback a {@code Host} that is not loopback (DNS rebinding). {@code /events} authenticates by the
 * portal's application token; {@code /health} says nothing secret; mounted handlers guard themselves.
 * Binding to a non-loopback address is refused unless {@link GatewayBuilder#allowRemote}; the gateway serves plain
 * HTTP, so then it warns: put TLS in front.
 *
 * <p>Thread-safe. {@link #close()} stops everything it started.
 */
public final class Gateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);
    /** While a tracking task keeps failing, how often a line says so. */
    private static final Duration FAILURE_LOG_EVERY = Duration.ofMinutes(1);
    private static final String VERSION = Objects.requireNonNullElse(Gateway.class.getPackage().getImplementationVersion(), "dev");
    private static final String INSTRUCTIONS = "CRM tools for a Bitrix24 portal. Name fields by their labels (or codes) and give "
            + "values as people say them; call describe_entity first to learn an entity's fields and allowed values. Every "
            + "write is verified and answers a receipt; in observe mode writes become proposals a person decides.";

    private final GatewayBuilder config;
    private final Tools tools;
    private final GatewayMetrics metrics;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final List<AutoCloseable> started = new ArrayList<>();
    private Server server;
    private ServerConnector connector;

    Gateway(GatewayBuilder config) {
        this.config = config;
        this.tools = Tools.of(config.tools);
        WritesConfig w = config.tools.writes();
        this.metrics = new GatewayMetrics(config.registry, w.store(), w.portal(), config.clock);
    }

    /** A gateway over the tools of {@code tools}; nothing listens until {@link #start()}. */
    public static GatewayBuilder builder(ToolsConfig tools) {
        return new GatewayBuilder(Objects.requireNonNull(tools, "tools"));
    }

    /** The tools it serves. */
    public Tools tools() {
        return tools;
    }

    /** Its meters (and the registry {@code /metrics} renders). */
    public GatewayMetrics metrics() {
        return metrics;
    }

    /**
     * Starts the HTTP server (when {@linkplain GatewayBuilder#listen listening}) and the change-tracking loop (when
     * {@linkplain GatewayBuilder#tracking given}).
     *
     * @throws IllegalStateException when the address cannot be bound
     */
    public synchronized Gateway start() {
        if (config.listen != null) {
            startHttp();
        }
        if (config.tracker != null) {
            releaseClaims();
            TrackingLoop loop = TrackingLoop.of(config.tracker, config.clock);
            // a reconcile of a busy portal can take minutes: the inbox is drained meanwhile, on its own thread
            repeat("refetch", () -> loop.drain().failure());
            repeat("reconcile", () -> loop.reconcileIfDue().failure());
            // the lag metric is read from the inbox every period, not only when a pass ends
            repeat("inbox", () -> {
                metrics.inbox(config.tracker.pending(), config.tracker.oldestPending().orElse(null));
                return null;
            });
        }
        return this;
    }

    /** {@code http://host:port} of the HTTP server. @throws IllegalStateException when not listening */
    public URI uri() {
        if (connector == null) {
            throw new IllegalStateException("the gateway is not listening on HTTP");
        }
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + connector.getLocalPort());
    }

    /**
     * Serves MCP over {@code in} and {@code out} (the process's stdin and stdout: they carry only the protocol)
     * until {@code in} ends or {@link #close()} is called.
     */
    public void serveStdio(InputStream in, OutputStream out) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        InputStream watched = new java.io.FilterInputStream(in) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    ended.countDown();
                }
                return n;
            }
        };
        McpSyncServer mcp = mcpServer(new StdioServerTransportProvider(McpJsonDefaults.getMapper(), watched, out));
        try {
            while (!ended.await(200, TimeUnit.MILLISECONDS) && stop.getCount() > 0) {
                // the SDK reads stdin on its own thread; this one waits for the end of the input or a stop
            }
        } finally {
            mcp.closeGracefully();
        }
    }

    /** Blocks until {@link #close()} is called (by a shutdown hook, say). */
    public void awaitStop() throws InterruptedException {
        stop.await();
    }

    private void startHttp() {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("b24kit-gateway");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.listen.getHostString());
        connector.setPort(config.listen.getPort());
        server.addConnector(connector);
        server.setHandler(routes());
        server.setStopTimeout(2_000);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the gateway could not listen on " + config.listen + ": " + e.getMessage(), e);
        }
        started.add(server::stop);
        if (!Origins.isLoopback(config.listen)) {
            LOG.warn("the gateway listens on {} without TLS: put a TLS proxy in front of it, or tokens travel in clear",
                    config.listen);
        }
    }

    private PathMappingsHandler routes() {
        WritesConfig w = config.tools.writes();
        PathMappingsHandler paths = new PathMappingsHandler();
        if (config.mcpOverHttp) {
            HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                    .jsonMapper(McpJsonDefaults.getMapper())
                    .mcpEndpoint("/mcp")
                    .securityValidator(Origins.validator(config.listen, config.allowedOrigins))
                    .build();
            McpSyncServer mcp = mcpServer(transport);
            started.add(mcp::close);
            ServletContextHandler context = new ServletContextHandler();
            context.setContextPath("/");
            ServletHolder holder = new ServletHolder("mcp", transport);
            holder.setAsyncSupported(true);
            context.addServlet(holder, "/mcp");
            paths.addMapping(PathSpec.from("/mcp"), new BearerGuard(config.token, context));
        }
        if (config.applicationToken != null) {
            EventIntake intake = EventIntake.mounted(IntakeConfig.of(config.listen, w.portal(), config.applicationToken),
                    w.store().changes().inbox());
            started.add(intake::close);
            paths.addMapping(PathSpec.from("/events"), intake.handler());
        }
        Health health = new Health(w.client(), w.store(), config.bucket, config.clock);
        paths.addMapping(PathSpec.from("/health"), new TextEndpoint(health::answer));
        paths.addMapping(PathSpec.from("/metrics"), new BearerGuard(config.token, new TextEndpoint(() ->
                new TextEndpoint.Answer(200, "text/plain; version=0.0.4; charset=utf-8", config.registry.scrape()))));
        config.mounts.forEach((path, handler) -> paths.addMapping(PathSpec.from(path), handler));
        return paths;
    }

    private McpSyncServer mcpServer(Object transport) {
        McpServer.SyncSpecification<?> spec = transport instanceof McpStreamableServerTransportProvider streamable
                ? McpServer.sync(streamable) : McpServer.sync((McpServerTransportProvider) transport);
        return spec.serverInfo("b24kit-gateway", VERSION)
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                // refusals must reach the agent as tool results naming what is accepted, not as protocol errors
                .validateToolInputs(false)
                .tools(McpTools.of(tools, metrics))
                .build();
    }

    /** Claims a previous process under this holder name left (it was killed) are re-fetched now, not after their lease. */
    private void releaseClaims() {
        try {
            int released = config.tracker.releaseClaims();
            if (released > 0) {
                LOG.info("change tracking: released {} inbox claims a previous process under this name left", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("change tracking: could not release the claims of a previous process (they expire with their lease): {}",
                    e.getMessage());
        }
    }

    /**
     * Runs {@code pass} (which answers why it failed, or null) every tracking period on its own virtual thread until
     * the gateway stops. A failure (the store restarting, a lost connection) is retried by the next pass and logged
     * as {@link RepeatedFailure} says, not once a second.
     */
    private void repeat(String task, Supplier<String> pass) {
        RepeatedFailure failures = new RepeatedFailure("change tracking (" + task + ")", config.clock, FAILURE_LOG_EVERY);
        Thread thread = Thread.ofVirtual().name("b24kit-gateway-" + task).start(() -> {
            try {
                do {
                    String failure;
                    try {
                        failure = pass.get();
                    } catch (RuntimeException e) {
                        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    }
                    if (failure == null) {
                        failures.succeeded().ifPresent(LOG::info);
                    } else {
                        failures.failed(failure).ifPresent(LOG::warn);
                    }
                } while (!stop.await(config.trackEvery.toMillis(), TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.add(thread::interrupt);
    }

    @Override
    public synchronized void close() {
        stop.countDown();
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("stopping the gateway: {}", e.getMessage());
            }
        }
        started.clear();
    }
}
