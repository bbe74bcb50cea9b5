package dev.b24kit.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.random.RandomGenerator;

import dev.b24kit.client.internal.DefaultClient;
import dev.b24kit.client.limits.RateLimiter;

/**
 * Configures a {@link Bitrix24Client}. Defaults: the standard plan (50 requests, 2 per second), a
 * bucket shared by every client of the portal in this JVM, a 480 s operating budget per method,
 * {@link RetryPolicy#DEFAULT}, {@link Coalescing#DEFAULT}, no listener, the system clock, a 90 s
 * request timeout (the cloud cuts requests at 60 s). Not thread-safe; the client it builds is.
 */
public final class ClientBuilder {

    private final Credentials credentials;
    private PlanLimits plan = PlanLimits.STANDARD;
    private RateLimiter rateLimiter;
    private Duration operatingLimit = Duration.ofSeconds(480);
    private RetryPolicy retry = RetryPolicy.DEFAULT;
    private Coalescing coalescing = Coalescing.DEFAULT;
    private ClientListener listener = ClientListener.NONE;
    private InstantSource clock = InstantSource.system();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private RandomGenerator random = RandomGenerator.getDefault();
    private HttpClient httpClient;
    private Duration requestTimeout = Duration.ofSeconds(90);

    ClientBuilder(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** The portal's plan, mirrored by the client's bucket. */
    public ClientBuilder plan(PlanLimits value) {
        this.plan = Objects.requireNonNull(value, "plan");
        return this;
    }

    /**
     * A bucket to use instead of the JVM-shared one (for example a {@code RedisRateLimiter}); it carries
     * its own plan, so {@link #plan} then does not apply. The client does not close it.
     */
    public ClientBuilder rateLimiter(RateLimiter value) {
        this.rateLimiter = Objects.requireNonNull(value, "rateLimiter");
        return this;
    }

    /** The portal's operating-time budget per method per 10 minutes (480 s unless the portal says otherwise). */
    public ClientBuilder operatingLimit(Duration value) {
        if (!Objects.requireNonNull(value, "operatingLimit").isPositive()) {
            throw new IllegalArgumentException("operatingLimit must be positive, got " + value);
        }
        this.operatingLimit = value;
        return this;
    }

    public ClientBuilder retry(RetryPolicy value) {
        this.retry = Objects.requireNonNull(value, "retry");
        return this;
    }

    public ClientBuilder coalescing(Coalescing value) {
        this.coalescing = Objects.requireNonNull(value, "coalescing");
        return this;
    }

    public ClientBuilder listener(ClientListener value) {
        this.listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    /**
     * The clock and sleeper every wait uses (bucket, operating budget, backoff). With a clock other
     * than the system's, the bucket is private to this client unless {@link #rateLimiter} is given.
     */
    public ClientBuilder time(InstantSource clockValue, Sleeper sleeperValue) {
        this.clock = Objects.requireNonNull(clockValue, "clock");
        this.sleeper = Objects.requireNonNull(sleeperValue, "sleeper");
        return this;
    }

    /** The source of backoff jitter. */
    public ClientBuilder random(RandomGenerator value) {
        this.random = Objects.requireNonNull(value, "random");
        return this;
    }

    public ClientBuilder httpClient(HttpClient value) {
        this.httpClient = Objects.requireNonNull(value, "httpClient");
        return this;
    }

    public ClientBuilder requestTimeout(Duration value) {
        this.requestTimeout = Objects.requireNonNull(value, "requestTimeout");
        return this;
    }

    public Bitrix24Client build() {
        RateLimiter limiter = rateLimiter != null ? rateLimiter
                : clock.equals(InstantSource.system()) && sleeper == Sleeper.SYSTEM
                ? RateLimiter.sharedInJvm(credentials.portalOrigin(), plan)
                : RateLimiter.local(plan, clock, sleeper);
        HttpClient http = httpClient != null ? httpClient : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new DefaultClient(new DefaultClient.Settings(credentials, limiter, operatingLimit, retry, coalescing,
                SafeListener.wrap(listener), clock, sleeper, random, http, requestTimeout));
    }
}
