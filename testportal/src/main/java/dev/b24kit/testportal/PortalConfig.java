package dev.b24kit.testportal;

import java.time.Duration;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a test portal starts. Immutable; start from {@link #defaults()} and change what you need with
 * the {@code with…} methods.
 *
 * @param host          interface to bind ({@code 127.0.0.1})
 * @param port          port to bind, 0 for any free port
 * @param https         serve HTTPS with a self-signed certificate generated at start
 * @param seed          seed of the data generator; the same seed gives the same portal
 * @param deals         deals to seed
 * @param contacts      contacts to seed
 * @param companies     companies to seed
 * @param leads         leads to seed
 * @param plan          request-intensity limit (§4.1)
 * @param latency       whether modelled processing time is spent or only reported
 * @param secret        the incoming webhook's secret; null generates a random one
 * @param webhookUserId the user the incoming webhook acts as
 * @param clock         the portal's clock (dates, limits, budgets)
 * @param zone          the portal's time zone; dates are rendered with its offset (§7.2)
 * @param silentDrops   which silent drops are on (§8)
 * @param operatingLimit operating-time budget per method per 10 minutes (§4.2)
 * @param maxBodyBytes  larger request bodies are refused
 * @param credentialErrorStatus status of {@code INVALID_CREDENTIALS} and {@code insufficient_scope}:
 *                      401 as the server source raises them, or 403 as the docs list them (§1.1, §13)
 * @param cutOff        where the front end cuts a request off (§4.3; 60 s, on)
 */
public record PortalConfig(String host, int port, boolean https, long seed, int deals, int contacts, int companies,
                           int leads, Plan plan, LatencyMode latency, String secret, long webhookUserId,
                           InstantSource clock, ZoneId zone, SilentDrops silentDrops, Duration operatingLimit,
                           int maxBodyBytes, int credentialErrorStatus, CutOff cutOff) {

    public PortalConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(silentDrops, "silentDrops");
        Objects.requireNonNull(operatingLimit, "operatingLimit");
        Objects.requireNonNull(cutOff, "cutOff");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (deals < 0 || contacts < 0 || companies < 0 || leads < 0) {
            throw new IllegalArgumentException("seed counts must be >= 0");
        }
        if (secret != null && !secret.matches("[A-Za-z0-9]{1,64}")) {
            throw new IllegalArgumentException("secret must be 1-64 letters or digits");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, got " + maxBodyBytes);
        }
        if (credentialErrorStatus != 401 && credentialErrorStatus != 403) {
            throw new IllegalArgumentException("credentialErrorStatus must be 401 (source) or 403 (docs), got "
                    + credentialErrorStatus);
        }
    }

    /**
     * Loopback, any port, HTTP, seed 1 with 500 deals, 300 contacts, 100 companies, 200 leads, the
     * standard plan, real-time latency, a random secret for user 1, the system clock, Moscow time,
     * cloud silent drops, 480 s operating budget, 8 MiB bodies, credential errors with 401, requests cut
     * off after 60 s.
     */
    public static PortalConfig defaults() {
        return new PortalConfig("127.0.0.1", 0, false, 1, 500, 300, 100, 200, Plan.STANDARD, LatencyMode.REALTIME,
                null, 1, InstantSource.system(), ZoneId.of("Europe/Moscow"), SilentDrops.CLOUD,
                Duration.ofSeconds(480), 8 * 1024 * 1024, 401, CutOff.CLOUD);
    }

    /** For fast tests: unlimited plan, no latency, a small data set. */
    public static PortalConfig fast() {
        return defaults().withPlan(Plan.UNLIMITED).withLatency(LatencyMode.NONE).withData(50, 30, 10, 20);
    }

    public PortalConfig withHost(String value) {
        return new PortalConfig(value, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withPort(int value) {
        return new PortalConfig(host, value, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withHttps(boolean value) {
        return new PortalConfig(host, port, value, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withSeed(long value) {
        return new PortalConfig(host, port, https, value, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    /** How many deals, contacts, companies and leads to seed. */
    public PortalConfig withData(int dealCount, int contactCount, int companyCount, int leadCount) {
        return new PortalConfig(host, port, https, seed, dealCount, contactCount, companyCount, leadCount, plan, latency,
                secret, webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus,
                cutOff);
    }

    public PortalConfig withPlan(Plan value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, value, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withLatency(LatencyMode value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, value, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withSecret(String value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, value,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withWebhookUserId(long value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                value, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withClock(InstantSource value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, value, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withZone(ZoneId value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, value, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withSilentDrops(SilentDrops value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, value, operatingLimit, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    public PortalConfig withOperatingLimit(Duration value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, value, maxBodyBytes, credentialErrorStatus, cutOff);
    }

    /** 401 (source, default) or 403 (docs) for {@code INVALID_CREDENTIALS} and {@code insufficient_scope}. */
    public PortalConfig withCredentialErrorStatus(int value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, value, cutOff);
    }

    public PortalConfig withMaxBodyBytes(int value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, value, credentialErrorStatus, cutOff);
    }

    /** Where the front end cuts a request off ({@link CutOff#CLOUD} by default). */
    public PortalConfig withCutOff(CutOff value) {
        return new PortalConfig(host, port, https, seed, deals, contacts, companies, leads, plan, latency, secret,
                webhookUserId, clock, zone, silentDrops, operatingLimit, maxBodyBytes, credentialErrorStatus, value);
    }
}
