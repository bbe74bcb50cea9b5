package dev.b24kit.changes.intake;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * How the intake listens and what it accepts. Immutable.
 *
 * @param listen           the address to listen on; port 0 picks a free one
 * @param portal           the portal's origin the events come from (signals are stored under it)
 * @param applicationToken the outgoing webhook's or application's {@code application_token}
 * @param maxBodyBytes     a larger body is refused with 413
 * @param maxWaiting       signals waiting for their commit; beyond it a request is refused with 429
 * @param commitTimeout    how long a request waits for its commit before answering 503
 */
public record IntakeConfig(InetSocketAddress listen, String portal, String applicationToken, int maxBodyBytes,
                           int maxWaiting, Duration commitTimeout) {

    public IntakeConfig {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(portal, "portal");
        if (applicationToken == null || applicationToken.isBlank()) {
            throw new IllegalArgumentException("the application token must be given: it is how the intake knows the sender");
        }
        Objects.requireNonNull(commitTimeout, "commitTimeout");
    }

    /** Defaults: 64 KiB bodies, 20,000 waiting signals, 10 s to commit. */
    public static IntakeConfig of(InetSocketAddress listen, String portal, String applicationToken) {
        return new IntakeConfig(listen, portal, applicationToken, 64 * 1024, 20_000, Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return "IntakeConfig[listen=" + listen + ", portal=" + portal + ", applicationToken=****]";
    }
}
