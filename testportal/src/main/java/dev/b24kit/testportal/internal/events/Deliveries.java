package dev.b24kit.testportal.internal.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.b24kit.testportal.EventDelivery;

/**
 * The portal's outbound event queue (§10.3): schedules each (event, handler) pair with a random
 * delay, loses or duplicates some on purpose, collects due deliveries into bursts, and POSTs them —
 * once, unless retries are switched on. Driven by the portal clock, so with a virtual clock nothing
 * is delivered until the test moves time (and calls {@link #deliverDue()} or lets the worker run).
 * Thread-safe.
 */
public final class Deliveries implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    private static final long POLL_MILLIS = 10;

    private record Pending(long order, long eventId, Subscription subscription, RaisedEvent event, Instant queuedAt,
                           Instant due, int attempt, boolean duplicate, boolean throttled) {
    }

    private final InstantSource clock;
    private final DeliveryLog log;
    private final BiFunction<Subscription, RaisedEvent, Map<String, Object>> auth;
    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> {
        int byDue = a.due().compareTo(b.due());
        return byDue != 0 ? byDue : Long.compare(a.order(), b.order());
    });
    private final Map<String, Instant> lastDue = new LinkedHashMap<>();
    private final Set<String> slowHandlers = ConcurrentHashMap.newKeySet();
    private final Map<String, ExecutorService> lanes = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private volatile EventDelivery profile;
    private SplittableRandom random;
    private long order;
    private volatile boolean running;
    private Thread worker;

    public Deliveries(InstantSource clock, EventDelivery profile, long seed, DeliveryLog log,
                      BiFunction<Subscription, RaisedEvent, Map<String, Object>> auth) {
        this.clock = clock;
        this.profile = profile;
        this.random = new SplittableRandom(seed);
        this.log = log;
        this.auth = auth;
    }

    public EventDelivery profile() {
        return profile;
    }

    public void profile(EventDelivery value) {
        this.profile = value;
    }

    public synchronized void reseed(long seed) {
        random = new SplittableRandom(seed);
    }

    /** Schedules one event for one handler, applying loss, duplication and delay. */
    public synchronized void enqueue(long eventId, Subscription subscription, RaisedEvent event) {
        EventDelivery p = profile;
        // a batch's sub-commands run at modelled instants past the clock's reading; the request's
        // events are queued when it completes, so never before the change they report
        Instant now = latest(clock.instant(), event.at());
        if (p.lossRate() > 0 && random.nextDouble() < p.lossRate()) {
            log.add(new DeliveryLog.Entry(log.nextSequence(), eventId, subscription.id(), subscription.handler(),
                    event.name(), entityId(event), event.at(), now, null, DeliveryLog.Outcome.LOST, 0, 0, 1, false, false));
            return;
        }
        schedule(eventId, subscription, event, now, 1, false);
        if (p.duplicateRate() > 0 && random.nextDouble() < p.duplicateRate()) {
            schedule(eventId, subscription, event, now, 1, true);
        }
        notifyAll();
    }

    private void schedule(long eventId, Subscription subscription, RaisedEvent event, Instant now, int attempt,
                          boolean duplicate) {
        EventDelivery p = profile;
        double extraSeconds = p.meanExtraDelay().isZero() ? 0
                : -p.meanExtraDelay().toNanos() / 1e9 * Math.log(1 - random.nextDouble());
        Duration delay = p.minDelay().plusNanos((long) (extraSeconds * 1e9));
        if (delay.compareTo(p.maxDelay()) > 0) {
            delay = p.maxDelay();
        }
        boolean throttled = slowHandlers.contains(subscription.handler());
        Instant due = now.plus(delay).plus(throttled ? p.slowPenalty() : Duration.ZERO);
        if (!p.reorder()) {
            Instant previous = lastDue.get(subscription.handler());
            if (previous != null && due.isBefore(previous)) {
                due = previous; // per-handler FIFO: never overtake an earlier delivery
            }
            lastDue.put(subscription.handler(), due);
        }
        queue.add(new Pending(++order, eventId, subscription, event, now, due, attempt, duplicate, throttled));
    }

    /** Delivers, in this thread, every burst that is due by the portal clock; answers how many were sent. */
    public int deliverDue() {
        int sent = 0;
        List<Pending> burst;
        while (!(burst = takeBurst()).isEmpty()) {
            for (Pending pending : burst) {
                send(pending);
                sent++;
            }
        }
        return sent;
    }

    /** How many deliveries are scheduled and not yet sent. */
    public synchronized int pending() {
        return queue.size();
    }

    /** The next due time, or null when nothing is scheduled. */
    public synchronized Instant nextDue() {
        Pending head = queue.peek();
        return head == null ? null : head.due();
    }

    private synchronized List<Pending> takeBurst() {
        Pending head = queue.peek();
        Instant now = clock.instant();
        if (head == null || now.isBefore(head.due().plus(profile.burstWindow()))) {
            return List.of();
        }
        Instant cutoff = head.due().plus(profile.burstWindow());
        List<Pending> burst = new ArrayList<>();
        while (!queue.isEmpty() && !queue.peek().due().isAfter(cutoff)) {
            burst.add(queue.poll());
        }
        if (profile.reorder()) {
            Collections.shuffle(burst, random);
        }
        return burst;
    }

    private void send(Pending pending) {
        Subscription subscription = pending.subscription();
        RaisedEvent event = pending.event();
        Instant sentAt = clock.instant();
        // §10.2: ts is when the event was queued (time() in Sender::call)
        String body = EventPayload.form(event.name(), subscription.id(), event.data(), pending.queuedAt().getEpochSecond(),
                auth.apply(subscription, event));
        long started = System.nanoTime();
        DeliveryLog.Outcome outcome;
        int status = 0;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(subscription.handler()))
                    .timeout(profile.handlerTimeout())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("User-Agent", "Bitrix24 Webhook Engine")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            outcome = status >= 200 && status < 300 ? DeliveryLog.Outcome.DELIVERED : DeliveryLog.Outcome.FAILED;
        } catch (HttpTimeoutException e) {
            outcome = DeliveryLog.Outcome.TIMEOUT;
        } catch (IOException | IllegalArgumentException e) {
            outcome = DeliveryLog.Outcome.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = DeliveryLog.Outcome.FAILED;
        }
        long latency = (System.nanoTime() - started) / 1_000_000;
        if (latency > profile.slowThreshold().toMillis()) {
            slowHandlers.add(subscription.handler());
        } else {
            slowHandlers.remove(subscription.handler());
        }
        log.add(new DeliveryLog.Entry(log.nextSequence(), pending.eventId(), subscription.id(), subscription.handler(),
                event.name(), entityId(event), event.at(), pending.due(), sentAt, outcome, status, latency,
                pending.attempt(), pending.duplicate(), pending.throttled()));
        if (outcome != DeliveryLog.Outcome.DELIVERED && pending.attempt() <= profile.retries()) {
            synchronized (this) {
                Instant due = clock.instant().plusSeconds(1L << Math.min(pending.attempt(), 10));
                queue.add(new Pending(++order, pending.eventId(), subscription, event, pending.queuedAt(), due,
                        pending.attempt() + 1,
                        pending.duplicate(), pending.throttled()));
            }
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String entityId(RaisedEvent event) {
        Object fields = event.data().get("FIELDS");
        if (fields instanceof Map<?, ?> map && map.get("ID") != null) {
            return map.get("ID").toString();
        }
        return null;
    }

    /** Starts the background worker that delivers bursts as they fall due. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        running = true;
        worker = Thread.ofVirtual().name("testportal-events").start(this::work);
    }

    private void work() {
        while (running) {
            List<Pending> burst = takeBurst();
            if (burst.isEmpty()) {
                synchronized (this) {
                    try {
                        wait(POLL_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            // one lane (a single virtual thread) per handler: a slow handler holds up only its own
            // deliveries, and each handler receives in queue order, across bursts too
            for (Pending pending : burst) {
                lanes.computeIfAbsent(pending.subscription().handler(),
                        h -> Executors.newSingleThreadExecutor(Thread.ofVirtual().name("testportal-events-lane").factory()))
                        .execute(() -> sendLogged(pending));
            }
        }
    }

    private void sendLogged(Pending pending) {
        try {
            send(pending);
        } catch (RuntimeException e) {
            LOG.warn("test portal: delivering {} failed unexpectedly", pending.event().name(), e);
        }
    }

    public synchronized void clear() {
        queue.clear();
        lastDue.clear();
        slowHandlers.clear();
    }

    @Override
    public void close() {
        running = false;
        Thread current;
        synchronized (this) {
            current = worker;
            worker = null;
            notifyAll();
        }
        if (current != null) {
            current.interrupt();
        }
        lanes.values().forEach(ExecutorService::shutdownNow);
        http.close();
    }
}
