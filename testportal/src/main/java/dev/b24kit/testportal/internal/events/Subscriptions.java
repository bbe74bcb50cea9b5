package dev.b24kit.testportal.internal.events;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Event handlers bound on the portal: applications' online and offline bindings and outgoing
 * webhooks, plus each application's {@code application_token}. Thread-safe.
 */
public final class Subscriptions {

    private final List<Subscription> all = new ArrayList<>();
    private final Map<String, String> applicationTokens = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private volatile Function<String, String> applicationTokenSource = clientId -> null;
    private long lastId;

    public synchronized Subscription add(String event, String handler, Subscription.Kind kind, String applicationId,
                                         long authType, String applicationToken, String authConnector, int minTimeout) {
        Subscription subscription = new Subscription(++lastId, event, handler, kind, applicationId, authType,
                applicationToken, authConnector == null ? "" : authConnector, minTimeout);
        all.add(subscription);
        return subscription;
    }

    /** Adds several bindings that share one handler id (an outgoing webhook listens to many events under one id). */
    public synchronized List<Subscription> addOutgoingWebhook(String handler, List<String> events, String applicationToken) {
        long id = ++lastId;
        List<Subscription> added = new ArrayList<>();
        for (String event : events) {
            Subscription subscription = new Subscription(id, event, handler, Subscription.Kind.OUTGOING_WEBHOOK, null, 0,
                    applicationToken, "", 0);
            all.add(subscription);
            added.add(subscription);
        }
        return added;
    }

    public synchronized int remove(Predicate<Subscription> which) {
        int before = all.size();
        all.removeIf(which);
        return before - all.size();
    }

    public synchronized List<Subscription> matching(Predicate<Subscription> which) {
        return all.stream().filter(which).toList();
    }

    public synchronized List<Subscription> forEvent(String event) {
        return all.stream().filter(s -> s.event().equals(event)).toList();
    }

    /**
     * The application's token for event authentication: the one its installation handed out (from the
     * {@link #applicationTokenSource}), or one created on first use.
     */
    public String applicationToken(String applicationId) {
        String known = applicationTokenSource.apply(applicationId);
        return known != null ? known : applicationTokens.computeIfAbsent(applicationId, id -> newToken());
    }

    /** Where applications' tokens come from (the OAuth applications, once wired); null answers mean "none". */
    public void applicationTokenSource(Function<String, String> source) {
        this.applicationTokenSource = source;
    }

    /** A fresh random token (32 hex characters). */
    public String newToken() {
        byte[] bytes = new byte[16];
        synchronized (random) {
            random.nextBytes(bytes);
        }
        return HexFormat.of().formatHex(bytes);
    }

    public synchronized void clear() {
        all.clear();
    }
}
