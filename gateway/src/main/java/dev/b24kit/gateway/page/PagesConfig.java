package dev.b24kit.gateway.page;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Objects;

import dev.b24kit.store.Store;
import dev.b24kit.writes.Approvals;

/**
 * What {@link Pages} needs.
 *
 * <p>Immutable and thread-safe. No component is {@code null}. {@link #toString()} hides the login secret.
 *
 * @param store           the store the proposals, audit log and trust numbers are read from
 * @param approvals       the portal's approvals ({@code writes.approvals()}): approving applies the write
 * @param portal          the portal's origin ({@code https://example.bitrix24.ru}), never a webhook URL
 * @param clock           the clock sessions expire by
 * @param loginSecret     the first one-time login secret (see {@link #newLoginSecret()}); at least 20 characters
 * @param sessionLifetime how long a session lasts after login (12 hours by default)
 */
public record PagesConfig(Store store, Approvals approvals, String portal, InstantSource clock, String loginSecret,
                          Duration sessionLifetime) {

    /** The default session lifetime. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    public PagesConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(approvals, "approvals");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(loginSecret, "loginSecret");
        Objects.requireNonNull(sessionLifetime, "sessionLifetime");
        if (loginSecret.length() < 20) {
            throw new IllegalArgumentException("the login secret must be at least 20 characters; use PagesConfig.newLoginSecret()");
        }
        if (!sessionLifetime.isPositive()) {
            throw new IllegalArgumentException("sessionLifetime must be positive, got " + sessionLifetime);
        }
        if (portal.indexOf('/', portal.indexOf("//") + 2) >= 0) {
            throw new IllegalArgumentException("portal must be an origin (scheme://host[:port]), not a URL with a path");
        }
    }

    /** The defaults: a 12-hour session. */
    public static PagesConfig of(Store store, Approvals approvals, String portal, InstantSource clock, String loginSecret) {
        return new PagesConfig(store, approvals, portal, clock, loginSecret, SESSION_LIFETIME);
    }

    /** A fresh random login secret: 32 bytes from {@link SecureRandom}, URL-safe Base64. */
    public static String newLoginSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "PagesConfig[portal=" + portal + ", sessionLifetime=" + sessionLifetime + ", loginSecret=****]";
    }
}
