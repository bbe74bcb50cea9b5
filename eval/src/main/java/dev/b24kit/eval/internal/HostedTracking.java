package dev.b24kit.eval.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.b24kit.changes.ChangeTracker;
import dev.b24kit.changes.TrackerConfig;
import dev.b24kit.changes.intake.EventIntake;
import dev.b24kit.changes.intake.IntakeConfig;

/**
 * Change tracking the eval runs itself on a test portal: an intake on a free loopback port, an outgoing
 * webhook for deal events pointed at it through the admin API (its application token is redacted from every
 * output), the refetcher, and a reconciler whose cursor starts at the portal's present time. Closing stops the intake and removes the webhook.
 */
final class HostedTracking implements AutoCloseable {

    private static final List<String> EVENTS = List.of("ONCRMDEALADD", "ONCRMDEALUPDATE", "ONCRMDEALDELETE");

    private final PortalAdmin admin;
    private final long webhook;
    private final EventIntake intake;
    private final ChangeTracker tracker;

    private HostedTracking(PortalAdmin admin, long webhook, EventIntake intake, ChangeTracker tracker) {
        this.admin = admin;
        this.webhook = webhook;
        this.intake = intake;
        this.tracker = tracker;
    }

    static HostedTracking start(ProbeContext context) {
        PortalAdmin admin = context.admin().orElseThrow();
        int port = freePort();
        String handler = "http://127.0.0.1:" + port + "/events";
        JsonNode added = admin.post("events/webhooks", Map.of("handler", handler, "events", String.join(",", EVENTS)));
        String token = added.get("application_token").asString();
        context.redaction().hide(token);
        long webhook = added.get("id").asLong();
        String portal = context.config().portal();
        EventIntake intake;
        try {
            intake = EventIntake.start(IntakeConfig.of(new InetSocketAddress("127.0.0.1", port), portal, token),
                    context.config().store().changes().inbox());
        } catch (RuntimeException e) {
            admin.post("events/webhooks", Map.of("remove", Long.toString(webhook)));
            throw e;
        }
        ChangeTracker tracker = ChangeTracker.create(context.config().store(), context.client(), context.catalog(),
                TrackerConfig.of(portal, List.of("deal"), "eval-" + context.runId()));
        // the eval's tracking starts now: the reconciler's cursor at the portal's present time, so that a pass lists
        // what changed since (minus the overlap) instead of loading the whole table as a first pass does
        String now = context.client().call("server.time", dev.b24kit.client.Params.empty()).result().asString();
        context.config().store().changes().cursors().set(portal, "reconcile:deal", now);
        return new HostedTracking(admin, webhook, intake, tracker);
    }

    String url() {
        return intake.url();
    }

    /** Re-fetches what the intake stored. */
    void drain() {
        tracker.refetcher().drain();
    }

    /** One reconciler pass over deals changed since the tracking started. */
    void reconcile() {
        tracker.reconciler().reconcile("deal");
    }

    /** Deliveries to this intake per outcome, from the portal's delivery log. */
    Map<String, Long> deliveryOutcomes() {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (JsonNode row : admin.get("events/log?limit=10000&handler=" + java.net.URLEncoder.encode(intake.url(),
                java.nio.charset.StandardCharsets.UTF_8)).path("entries")) {
            outcomes.merge(row.path("outcome").asString("?"), 1L, Long::sum);
        }
        return outcomes;
    }

    @Override
    public void close() {
        try {
            intake.close();
        } finally {
            admin.post("events/webhooks", Map.of("remove", Long.toString(webhook)));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port for the eval's intake: " + e.getMessage(), e);
        }
    }
}
