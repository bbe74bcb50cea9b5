package dev.b24kit.cli;

import java.time.InstantSource;
import java.util.Objects;

import dev.b24kit.testportal.PortalConfig;

/**
 * What the commands learn from the process around them, decided once in {@link Main} (the only
 * reader of the environment) and injected, so tests can set each part. Immutable.
 *
 * @param portalFromEnvironment {@code B24KIT_PORTAL}, or null when unset or blank; contains a secret
 * @param embeddedPortal        the test portal a command starts when no portal URL is given
 * @param stderrIsTerminal      whether stderr is a terminal: a redrawn progress bar there, plain lines otherwise
 * @param clock                 the clock of progress reports
 * @param dbFromEnvironment     {@code B24KIT_DB}, or null when unset or blank; may contain a password
 * @param gatewayTokenFromEnvironment {@code B24KIT_GATEWAY_TOKEN}, or null when unset or blank; a secret
 * @param redisFromEnvironment  {@code B24KIT_REDIS}, or null when unset or blank; may contain a password
 * @param appTokenFromEnvironment {@code B24KIT_APP_TOKEN}, or null when unset or blank; a secret
 */
record Launch(String portalFromEnvironment, PortalConfig embeddedPortal, boolean stderrIsTerminal,
              InstantSource clock, String dbFromEnvironment, String gatewayTokenFromEnvironment,
              String redisFromEnvironment, String appTokenFromEnvironment) {

    Launch {
        portalFromEnvironment = portalFromEnvironment == null || portalFromEnvironment.isBlank() ? null
                : portalFromEnvironment.strip();
        dbFromEnvironment = dbFromEnvironment == null || dbFromEnvironment.isBlank() ? null : dbFromEnvironment.strip();
        gatewayTokenFromEnvironment = gatewayTokenFromEnvironment == null || gatewayTokenFromEnvironment.isBlank() ? null
                : gatewayTokenFromEnvironment.strip();
        redisFromEnvironment = redisFromEnvironment == null || redisFromEnvironment.isBlank() ? null : redisFromEnvironment.strip();
        appTokenFromEnvironment = appTokenFromEnvironment == null || appTokenFromEnvironment.isBlank() ? null
                : appTokenFromEnvironment.strip();
        Objects.requireNonNull(embeddedPortal, "embeddedPortal");
        Objects.requireNonNull(clock, "clock");
    }

    /** Without the gateway's variables. */
    Launch(String portalFromEnvironment, PortalConfig embeddedPortal, boolean stderrIsTerminal, InstantSource clock,
           String dbFromEnvironment) {
        this(portalFromEnvironment, embeddedPortal, stderrIsTerminal, clock, dbFromEnvironment, null, null, null);
    }

    /** Without {@code B24KIT_DB}: the commands that use no store, and tests. */
    Launch(String portalFromEnvironment, PortalConfig embeddedPortal, boolean stderrIsTerminal, InstantSource clock) {
        this(portalFromEnvironment, embeddedPortal, stderrIsTerminal, clock, null);
    }

    /** Never shows the URL from the environment: it contains the webhook secret. */
    @Override
    public String toString() {
        return "Launch[B24KIT_PORTAL " + (portalFromEnvironment == null ? "unset" : "set") + ", embedded portal with "
                + embeddedPortal.deals() + " deals, stderr " + (stderrIsTerminal ? "a terminal" : "not a terminal") + ", B24KIT_DB "
                + (dbFromEnvironment == null ? "unset" : "set") + ", B24KIT_GATEWAY_TOKEN "
                + (gatewayTokenFromEnvironment == null ? "unset" : "set") + ", B24KIT_REDIS "
                + (redisFromEnvironment == null ? "unset" : "set") + ", B24KIT_APP_TOKEN "
                + (appTokenFromEnvironment == null ? "unset" : "set") + "]";
    }
}
