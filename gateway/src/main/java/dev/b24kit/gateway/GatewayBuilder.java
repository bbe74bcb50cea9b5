package dev.b24kit.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.jetty.server.Handler;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.gateway.internal.Origins;
import dev.b24kit.gateway.tools.ToolsConfig;

/** What a {@link Gateway} serves and where: from {@link Gateway#builder}. Not thread-safe; {@link #build()} once. */
public final class GatewayBuilder {

    final ToolsConfig tools;
    InetSocketAddress listen;
    GatewayToken token;
    boolean mcpOverHttp;
    boolean allowRemote;
    final List<String> allowedOrigins = new ArrayList<>();
    String applicationToken;
    ChangeTracker tracker;
    Duration trackEvery = Duration.ofSeconds(1);
    PrometheusMeterRegistry registry;
    String bucket = "local";
    InstantSource clock = InstantSource.system();
    final Map<String, Handler> mounts = new LinkedHashMap<>();

    GatewayBuilder(ToolsConfig tools) {
        this.tools = tools;
    }

    /**
     * Listen on {@code address} (port 0 picks a free one), guarding {@code /mcp} and {@code /metrics} with
     * {@code token}; {@code mcp}: serve MCP at {@code /mcp} (false: only the other endpoints, beside stdio).
     */
    public GatewayBuilder listen(InetSocketAddress address, GatewayToken token, boolean mcp) {
        this.listen = Objects.requireNonNull(address, "address");
        this.token = Objects.requireNonNull(token, "token");
        this.mcpOverHttp = mcp;
        return this;
    }

    /** Allow binding to a non-loopback address (refused otherwise). */
    public GatewayBuilder allowRemote(boolean value) {
        this.allowRemote = value;
        return this;
    }

    /** Also accept this {@code Origin} on {@code /mcp} ({@code https://app.example.com}, or {@code http://host:*}). */
    public GatewayBuilder allowOrigin(String origin) {
        allowedOrigins.add(Objects.requireNonNull(origin, "origin"));
        return this;
    }

    /** Host the event intake at {@code /events}, accepting the portal's events signed with {@code applicationToken}. */
    public GatewayBuilder intake(String applicationToken) {
        this.applicationToken = Objects.requireNonNull(applicationToken, "applicationToken");
        return this;
    }

    /**
     * Run change tracking in this process: every {@code every}, the inbox is drained, a reconcile started when due and
     * the feed metrics read from the inbox, each on its own thread (a reconcile of a busy portal never holds up
     * the feed).
     */
    public GatewayBuilder tracking(ChangeTracker tracker, Duration every) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        this.trackEvery = Objects.requireNonNull(every, "every");
        return this;
    }

    /** The registry {@code /metrics} renders (give the client's {@code MicrometerListener} the same one). */
    public GatewayBuilder metrics(PrometheusMeterRegistry value) {
        this.registry = Objects.requireNonNull(value, "registry");
        return this;
    }

    /** How {@code /health} names the request bucket: {@code local} or {@code redis}. */
    public GatewayBuilder bucket(String value) {
        this.bucket = Objects.requireNonNull(value, "bucket");
        return this;
    }

    public GatewayBuilder clock(InstantSource value) {
        this.clock = Objects.requireNonNull(value, "clock");
        return this;
    }

    /**
     * Mounts {@code handler} at {@code pathSpec} on the HTTP server: a servlet-style path spec, {@code /proposals/*}
     * (the handler sees the whole path, e.g. {@code /proposals/0193…/approve}) or an exact {@code /login}.
     * The handler authenticates its own requests.
     *
     * @throws IllegalArgumentException for a path the gateway serves itself
     */
    public GatewayBuilder mount(String pathSpec, Handler handler) {
        Objects.requireNonNull(handler, "handler");
        String root = pathSpec.replaceAll("/\\*$", "");
        if (List.of("/mcp", "/events", "/health", "/metrics", "", "/").contains(root)) {
            throw new IllegalArgumentException(pathSpec + " is served by the gateway itself; mount pages elsewhere");
        }
        mounts.put(pathSpec, handler);
        return this;
    }

    /**
     * The rule {@link #build} applies to the address, for a caller to check it before starting anything else.
     *
     * @throws IllegalArgumentException when {@code address} is not loopback and {@code allowRemote} is false
     */
    public static void checkListen(InetSocketAddress address, boolean allowRemote) {
        if (!allowRemote && !Origins.isLoopback(address)) {
            throw new IllegalArgumentException("refusing to listen on " + address.getHostString() + ": it is not a loopback "
                    + "address, so anyone who can reach it could try the token; pass --allow-remote (and put TLS in front)");
        }
    }

    /**
     * The gateway; loads the portal's field catalog (the tools' schemas list its entities and stages).
     *
     * @throws IllegalArgumentException when the address is not loopback and remote binding is not allowed
     */
    public Gateway build() {
        if (listen != null) {
            checkListen(listen, allowRemote);
        }
        if (registry == null) {
            registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        }
        return new Gateway(this);
    }
}
