package dev.b24kit.testportal.internal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OAuth authorization codes, access tokens and refresh tokens (§1.6). Tokens are remembered only by
 * their SHA-256 digest: a lookup hashes the presented token first, so map timing tells an attacker
 * nothing about the token, and the raw values exist only in the {@link Issued} handed to the client.
 * Lifetimes follow the docs: code 30 s, access token 1 h, refresh token 180 days, all measured on the
 * {@code now} the caller passes (the portal's clock). Codes and refresh tokens are single-use.
 * Thread-safe.
 */
public final class Tokens {

    public static final Duration CODE_LIFETIME = Duration.ofSeconds(30);
    public static final Duration ACCESS_LIFETIME = Duration.ofHours(1);
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(180);

    /** What a code or token grants, and until when. */
    public record Grant(String clientId, long userId, Set<String> scopes, Instant expiresAt) {

        public Grant {
            scopes = Set.copyOf(scopes);
        }

        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    /** A new token pair: the only place the raw tokens exist. */
    public record Issued(String accessToken, String refreshToken, Grant access) {

        @Override
        public String toString() {
            return "Issued[tokens hidden, access=" + access + "]";
        }
    }

    /** The outcome of presenting an access token. */
    public sealed interface Check permits Valid, Expired, Unknown {
    }

    public record Valid(Grant grant) implements Check {
    }

    public record Expired() implements Check {
    }

    public record Unknown() implements Check {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> access = new ConcurrentHashMap<>();
    private final Map<String, Grant> refresh = new ConcurrentHashMap<>();

    /** Issues an access and refresh token pair. */
    public Issued issue(String clientId, long userId, Set<String> scopes, Instant now) {
        String accessToken = Secrets.token();
        String refreshToken = Secrets.token();
        Grant accessGrant = new Grant(clientId, userId, scopes, now.plus(ACCESS_LIFETIME));
        access.put(Secrets.digest(accessToken), accessGrant);
        refresh.put(Secrets.digest(refreshToken), new Grant(clientId, userId, scopes, now.plus(REFRESH_LIFETIME)));
        return new Issued(accessToken, refreshToken, accessGrant);
    }

    /** Issues an authorization code that {@link #redeemCode} exchanges within 30 s. */
    public String issueCode(String clientId, long userId, Set<String> scopes, Instant now) {
        codes.values().removeIf(grant -> grant.expiredAt(now));
        String code = Secrets.token();
        codes.put(Secrets.digest(code), new Grant(clientId, userId, scopes, now.plus(CODE_LIFETIME)));
        return code;
    }

    /** The grant of a live code issued to {@code clientId}, used up; null when unknown, used, expired or foreign. */
    public Grant redeemCode(String code, String clientId, Instant now) {
        return redeem(codes, code, clientId, now);
    }

    /** The grant of a live refresh token of {@code clientId}, used up; null otherwise. */
    public Grant redeemRefresh(String refreshToken, String clientId, Instant now) {
        return redeem(refresh, refreshToken, clientId, now);
    }

    /** What an access token is worth at {@code now}. */
    public Check check(String accessToken, Instant now) {
        Grant grant = access.get(Secrets.digest(accessToken));
        if (grant == null) {
            return new Unknown();
        }
        return grant.expiredAt(now) ? new Expired() : new Valid(grant);
    }

    /** Makes every live access token of {@code clientId} (all apps when null) expire now; answers how many. */
    public int expireAccess(String clientId, Instant now) {
        int[] count = {0};
        access.replaceAll((digest, grant) -> {
            if ((clientId == null || grant.clientId().equals(clientId)) && !grant.expiredAt(now)) {
                count[0]++;
                return new Grant(grant.clientId(), grant.userId(), grant.scopes(), now);
            }
            return grant;
        });
        return count[0];
    }

    private static Grant redeem(Map<String, Grant> grants, String token, String clientId, Instant now) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        // Removed even when presented by another client or too late: a leaked code or token is burnt.
        Grant grant = grants.remove(Secrets.digest(token));
        if (grant == null || grant.expiredAt(now) || !grant.clientId().equals(clientId)) {
            return null;
        }
        return grant;
    }
}
