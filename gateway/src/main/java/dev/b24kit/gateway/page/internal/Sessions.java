package dev.b24kit.gateway.page.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-time login secrets and the sessions they open. A secret works once; a session lasts {@code lifetime}
 * from login and carries its own CSRF token. Kept in memory: a restart signs everyone out.
 * Thread-safe.
 */
public final class Sessions {

    /** A signed-in person. */
    public record Session(String id, String person, String csrf, Instant expires) {
    }

    private final InstantSource clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Set<String> logins = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Session> open = new ConcurrentHashMap<>();

    public Sessions(InstantSource clock, Duration lifetime, String firstLogin) {
        this.clock = clock;
        this.lifetime = lifetime;
        logins.add(firstLogin);
    }

    /** A new one-time login secret. */
    public String issueLogin() {
        String secret = token();
        logins.add(secret);
        return secret;
    }

    /** Whether {@code secret} is an unused login secret (compared in constant time); it stays usable. */
    public boolean isLogin(String secret) {
        return matching(secret) != null;
    }

    /** Uses up {@code secret} and opens a session for {@code person}; empty when the secret is not (or no longer) valid. */
    public Optional<Session> login(String secret, String person) {
        String known = matching(secret);
        if (known == null || !logins.remove(known)) {
            return Optional.empty();   // unknown, or another request used it first
        }
        Session session = new Session(token(), person, token(), clock.instant().plus(lifetime));
        open.put(session.id(), session);
        return Optional.of(session);
    }

    /** The open, unexpired session with this id. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = open.get(id);
        if (session != null && !clock.instant().isBefore(session.expires())) {
            open.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    /** Ends the session. */
    public void logout(String id) {
        open.remove(id);
    }

    /** Whether {@code presented} is the session's CSRF token (constant time). */
    public static boolean csrfMatches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private String matching(String secret) {
        if (secret == null) {
            return null;
        }
        byte[] given = secret.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (String known : logins) {
            if (MessageDigest.isEqual(known.getBytes(StandardCharsets.UTF_8), given)) {
                found = known;
            }
        }
        return found;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
