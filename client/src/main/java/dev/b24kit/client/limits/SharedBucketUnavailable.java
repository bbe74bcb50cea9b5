package dev.b24kit.client.limits;

/**
 * The request bucket shared through Redis could not be reached, so no token was taken and
 * <em>no request was sent</em> to the portal. Thrown by {@link RedisRateLimiter#connect} when Redis
 * does not answer at start, and by {@link RedisRateLimiter#acquire()} when it stops answering later.
 *
 * <p>The limiter never falls back to a bucket of its own: with several processes sharing the portal,
 * each falling back to a private bucket would together overrun the portal's limit without anyone
 * noticing. Retrying once Redis answers again is safe: the limiter reconnects in the background.
 *
 * <p>The message names the Redis server as {@code redis://host:port} (never a password) and the
 * portal's origin (never a webhook secret). Unchecked; immutable.
 */
public final class SharedBucketUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SharedBucketUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
