package dev.b24kit.client.internal;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.CallResult;
import dev.b24kit.client.ClientListener;
import dev.b24kit.client.Coalescing;
import dev.b24kit.client.Credentials;
import dev.b24kit.client.Idempotency;
import dev.b24kit.client.Params;
import dev.b24kit.client.RetryPolicy;
import dev.b24kit.client.Sleeper;
import dev.b24kit.client.batch.Batch;
import dev.b24kit.client.batch.BatchResult;
import dev.b24kit.client.limits.RateLimiter;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.client.listing.PageIterator;

/** The client: a pipeline, a batch runner, a coalescer and the listing planner around one credential. */
public final class DefaultClient implements Bitrix24Client {

    /** Everything the builder decided. */
    public record Settings(Credentials credentials, RateLimiter limiter, Duration operatingLimit, RetryPolicy retry,
                           Coalescing coalescing, ClientListener listener, InstantSource clock, Sleeper sleeper,
                           RandomGenerator random, HttpClient http, Duration requestTimeout) {
    }

    private static final String USER_AGENT = "b24kit/" + DefaultClient.class.getPackage().getImplementationVersion();

    private final Settings settings;
    private final Pipeline pipeline;
    private final BatchRunner batches;
    private final Listing listing;
    private final Coalescer coalescer;

    public DefaultClient(Settings settings) {
        this.settings = settings;
        Transport transport = new Transport(settings.http(), settings.requestTimeout(), USER_AGENT);
        Authorizer auth = switch (settings.credentials()) {
            case Credentials.Webhook webhook -> new WebhookAuthorizer(webhook);
            case Credentials.OAuth oauth -> new OAuthAuthorizer(oauth, transport);
        };
        OperatingPace pace = new OperatingPace(settings.operatingLimit(), settings.clock(), settings.sleeper(),
                settings.listener());
        this.pipeline = new Pipeline(auth, transport, settings.limiter(), pace, settings.retry(), settings.listener(),
                settings.clock(), settings.sleeper(), settings.random());
        this.batches = new BatchRunner(pipeline, settings.listener());
        this.listing = new Listing(pipeline, batches, settings.listener());
        Coalescing coalescing = settings.coalescing();
        this.coalescer = coalescing.reads() || coalescing.writes()
                ? new Coalescer(batches, settings.limiter(), coalescing.window()) : null;
    }

    @Override
    public CallResult call(String method, Params params) {
        return call(method, params, Idempotency.of(method, params));
    }

    @Override
    public CallResult call(String method, Params params, Idempotency idempotency) {
        String m = normalise(method);
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(idempotency, "idempotency");
        if (m.equals("batch")) {
            throw new IllegalArgumentException("send batches with batch(Batch), which reads every command's outcome");
        }
        if (coalescer != null && packable(m, idempotency)) {
            return coalescer.call(m, params);
        }
        return pipeline.send(m, params, idempotency, Map.of(m, 1));
    }

    private boolean packable(String method, Idempotency idempotency) {
        Coalescing c = settings.coalescing();
        boolean read = idempotency == Idempotency.SAFE && !method.endsWith(".update") && !method.endsWith(".delete");
        return read ? c.reads() : c.writes();
    }

    @Override
    public BatchResult batch(Batch batch) {
        return batches.run(Objects.requireNonNull(batch, "batch"), false);
    }

    @Override
    public PageIterator pages(String method, ListQuery query) {
        return listing.pages(normalise(method), Objects.requireNonNull(query, "query"));
    }

    @Override
    public long count(String method, ListQuery query) {
        return listing.count(normalise(method), Objects.requireNonNull(query, "query"));
    }

    @Override
    public String portal() {
        return settings.credentials().display();
    }

    @Override
    public void close() {
        if (coalescer != null) {
            coalescer.close();
        }
    }

    @Override
    public String toString() {
        return "Bitrix24Client[" + portal() + "]";
    }

    private static String normalise(String method) {
        Objects.requireNonNull(method, "method");
        String m = method.strip().toLowerCase(Locale.ROOT);
        if (m.isEmpty() || !m.matches("[a-z0-9_.]+")) {
            throw new IllegalArgumentException("method '" + method + "' is not a Bitrix24 method name (like crm.deal.get)");
        }
        return m;
    }
}
