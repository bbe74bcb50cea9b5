package dev.b24kit.client.limits;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.client.Sleeper;

/**
 * One request bucket per portal, kept in Redis and shared by every process (and every client in
 * them) that connects with the same portal origin: the portal counts all of their requests together,
 * so they must all draw from one bucket. It mirrors the plan exactly as {@link RateLimiter#local}
 * does (the plan's burst less a margin of 2, refilled at the drain rate), under the Redis key
 * {@code b24kit:bucket:<portalOrigin>}, through Bucket4j's compare-and-swap on Lettuce.
 *
 * <pre>{@code
 * try (RedisRateLimiter bucket = RedisRateLimiter.connect("redis://redis:6379", "https://acme.bitrix24.ru", PlanLimits.STANDARD);
 *      Bitrix24Client portal = Bitrix24Client.builder(credentials).rateLimiter(bucket).build()) {
 *     ...
 * }
 * }</pre>
 *
 * <p><b>Waiting.</b> {@link #acquire()} reserves its token in Redis at once and then parks in this
 * process until the token is due, so waiters across all processes are served in the order they
 * asked, without polling Redis. A reservation is never given back: a waiter that is interrupted
 * loses its token (the bucket errs on the side of sending less).
 *
 * <p><b>When Redis goes away.</b> The limiter fails rather than guessing: {@link #acquire()} and
 * {@link #saturate()} throw {@link SharedBucketUnavailable} (within 5 s, at once while the
 * connection is known to be down), and the request is not sent. It does not fall
 * back to a local bucket, because several processes doing so would together send several times the
 * portal's limit without anyone noticing. Lettuce reconnects in the background; calls succeed again
 * once Redis answers. A key that Redis lost reads as a full bucket (as after a long idle time).
 *
 * <p><b>Clocks.</b> Refills are computed from the clocks of the processes that share the bucket: they
 * must agree (NTP); a process whose clock runs {@code s} seconds ahead may let about
 * {@code s · drainPerSecond} extra requests through, which the margin absorbs only for small {@code s}.
 * Every process should name the same plan: the bucket keeps the plan of whoever created it, and a
 * process that asks for another one is told so in the log.
 *
 * <p>Thread-safe. Close it after the clients that use it (a client does not close its limiter);
 * after {@link #close()} every acquire fails. Arguments must not be null.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    /** The prefix of the Redis key; the portal's origin follows it. */
    public static final String KEY_PREFIX = "b24kit:bucket:";

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimiter.class);
    /** Connecting and every command: how long a caller may wait on Redis before being told it is away. */
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long a full bucket's key stays in Redis; an absent key means a full bucket anyway. */
    private static final Duration KEEP_WHEN_FULL = Duration.ofSeconds(10);

    private final RedisClient redis;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final Bucket bucket;
    private final Sleeper sleeper;
    private final String description;

    private RedisRateLimiter(RedisClient redis, StatefulRedisConnection<String, byte[]> connection, Bucket bucket,
                             Sleeper sleeper, String description) {
        this.redis = redis;
        this.connection = connection;
        this.bucket = bucket;
        this.sleeper = sleeper;
        this.description = description;
    }

    /**
     * Connects to Redis at {@code redisUri} ({@code redis://[[user]:password@]host[:port][/db]}, or
     * {@code rediss://} for TLS) and joins the bucket of {@code portalOrigin} ({@code https://host[:port]},
     * as {@link dev.b24kit.client.Credentials#portalOrigin()} gives it) for {@code plan}, on the system clock.
     *
     * @throws SharedBucketUnavailable  when Redis cannot be reached (the message names it without password)
     * @throws IllegalArgumentException when {@code redisUri} is not a Redis URI
     */
    public static RedisRateLimiter connect(String redisUri, String portalOrigin, PlanLimits plan) {
        return connect(redisUri, portalOrigin, plan, InstantSource.system(), Sleeper.SYSTEM);
    }

    /** As {@link #connect(String, String, PlanLimits)}, with the clock refills are computed from and the sleeper waits use. */
    public static RedisRateLimiter connect(String redisUri, String portalOrigin, PlanLimits plan, InstantSource clock,
                                           Sleeper sleeper) {
        Objects.requireNonNull(portalOrigin, "portalOrigin");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(sleeper, "sleeper");
        RedisURI uri = parse(redisUri);
        String where = "Redis at " + redacted(uri) + " (the shared request bucket of " + portalOrigin + ")";
        RedisClient redis = RedisClient.create(uri);
        redis.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(TIMEOUT).build())
                .timeoutOptions(TimeoutOptions.enabled(TIMEOUT))
                .build());
        try {
            StatefulRedisConnection<String, byte[]> connection =
                    redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
                    .clientClock(new LocalRateLimiter.ClockMeter(clock))
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
                    .build();
            String key = KEY_PREFIX + portalOrigin;
            BucketConfiguration wanted = BucketConfiguration.builder().addLimit(LocalRateLimiter.bandwidth(plan)).build();
            warnOnOtherPlan(buckets.getProxyConfiguration(key), wanted, key);
            Bucket bucket = buckets.builder().build(key, () -> wanted);
            return new RedisRateLimiter(redis, connection, bucket, sleeper, where);
        } catch (RuntimeException e) {
            redis.shutdown(Duration.ZERO, TIMEOUT);
            throw new SharedBucketUnavailable(where + " cannot be used: " + e.getMessage()
                    + ". Start Redis or fix its URI; no request was sent to the portal", e);
        }
    }

    @Override
    public Duration acquire() throws InterruptedException {
        try {
            return LocalRateLimiter.consume(bucket, sleeper);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    @Override
    public void saturate() {
        try {
            bucket.tryConsumeAsMuchAsPossible();
        } catch (RuntimeException e) {
            throw new SharedBucketUnavailable(description + " could not mark the bucket full after "
                    + "QUERY_LIMIT_EXCEEDED: " + e.getMessage(), e);
        }
    }

    /** Closes the connection to Redis. The bucket stays in Redis for the other processes. */
    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            redis.shutdown(Duration.ZERO, TIMEOUT);
        }
    }

    @Override
    public String toString() {
        return "RedisRateLimiter[" + description + "]";
    }

    /** A failed wait: an interrupt stays an interrupt; anything else is Redis not answering. */
    private RuntimeException unavailable(RuntimeException e) throws InterruptedException {
        if (Thread.interrupted() || causedByInterrupt(e)) {
            InterruptedException interrupted = new InterruptedException("interrupted while waiting for a token from "
                    + description);
            interrupted.initCause(e);
            throw interrupted;
        }
        return new SharedBucketUnavailable(description + " is unavailable: " + e.getMessage()
                + "; no request was sent to the portal. Retry once Redis answers again", e);
    }

    private static boolean causedByInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static void warnOnOtherPlan(Optional<BucketConfiguration> stored, BucketConfiguration wanted, String key) {
        if (stored.isPresent() && !stored.get().equalsByContent(wanted)) {
            LOG.warn("Redis key {} holds a bucket for another plan ({}) than this process asks for ({}); the bucket "
                    + "keeps its plan: configure every process that shares the portal with the same plan", key,
                    stored.get(), wanted);
        }
    }

    private static RedisURI parse(String redisUri) {
        Objects.requireNonNull(redisUri, "redisUri");
        try {
            RedisURI uri = RedisURI.create(redisUri);
            uri.setTimeout(TIMEOUT);
            return uri;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Redis URI: expected redis://[:password@]host[:port][/db], got '"
                    + redisUri.replaceAll("//[^/@]*@", "//***@") + "'");
        }
    }

    /** {@code redis://host:port[/db]}: the URI without password, user or options. */
    private static String redacted(RedisURI uri) {
        if (uri.getSocket() != null) {
            return "redis-socket://" + uri.getSocket();
        }
        String db = uri.getDatabase() == 0 ? "" : "/" + uri.getDatabase();
        return (uri.isSsl() ? "rediss://" : "redis://") + uri.getHost() + ":" + uri.getPort() + db;
    }
}
