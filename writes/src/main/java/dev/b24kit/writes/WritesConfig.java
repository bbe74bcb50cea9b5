package dev.b24kit.writes;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;

/**
 * What {@link Writes} needs: the portal's client and catalog, the store (journal, proposals, audit,
 * policies), the portal's origin as the store names it, and the clock.
 *
 * <p>Immutable and thread-safe. No component is {@code null}.
 *
 * @param portal        the portal's origin ({@code https://example.bitrix24.ru}), never a webhook URL
 * @param clock         the clock that decides when observe mode has lasted {@code observePeriod}
 * @param observePeriod how long a new portal stays in observe mode before b24kit offers to go live (7 days)
 * @param keyFields     per entity key ({@code item:1030}), the user field that holds a create's idempotency key,
 *                      for entities without {@code ORIGIN_ID}; entities that have it use
 *                      {@code ORIGINATOR_ID = b24kit} and {@code ORIGIN_ID = key}
 * @param inFlight      an unresolved journal entry younger than this (2 minutes) is taken to be another attempt
 *                      with the same key still running (another thread or process), and a retry answers
 *                      {@link Receipt.Unknown} instead of looking the key up and creating; older ones were
 *                      interrupted (a crash, a lost answer) and are settled by the retry
 * @param authConnector the {@code auth_connector} sent with every write (the {@code batch} request and each write
 *                      command in it), so an application's offline-event binding with the same connector does
 *                      not record b24kit's own writes (docs/bitrix24-behavior.md §10.4); empty (the default) sends none
 */
public record WritesConfig(Bitrix24Client client, FieldCatalog catalog, Store store, String portal,
                           InstantSource clock, Duration observePeriod, Map<String, String> keyFields,
                           Duration inFlight, String authConnector) {

    /** The default observe period: a week. */
    public static final Duration OBSERVE_PERIOD = Duration.ofDays(7);
    /** The default time an unresolved journal entry is taken to be in flight. */
    public static final Duration IN_FLIGHT = Duration.ofMinutes(2);

    public WritesConfig {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(observePeriod, "observePeriod");
        keyFields = Map.copyOf(keyFields);
        Objects.requireNonNull(inFlight, "inFlight");
        Objects.requireNonNull(authConnector, "authConnector");
        if (!authConnector.isEmpty() && !authConnector.matches("[A-Za-z0-9_.:-]{1,50}")) {
            throw new IllegalArgumentException("authConnector must be 1-50 letters, digits or _ . : -, or empty for none; got '"
                    + authConnector + "'");
        }
    }

    /** The defaults: the system clock, a week of observe mode, keys in {@code ORIGIN_ID}. */
    public static WritesConfig of(Bitrix24Client client, FieldCatalog catalog, Store store, String portal) {
        return new WritesConfig(client, catalog, store, portal, InstantSource.system(), OBSERVE_PERIOD, Map.of(), IN_FLIGHT, "");
    }

    /** This configuration on another clock. */
    public WritesConfig withClock(InstantSource value) {
        return new WritesConfig(client, catalog, store, portal, value, observePeriod, keyFields, inFlight, authConnector);
    }

    /** This configuration with another in-flight time (see the record's Javadoc). */
    public WritesConfig withInFlight(Duration value) {
        return new WritesConfig(client, catalog, store, portal, clock, observePeriod, keyFields, value, authConnector);
    }

    /** This configuration with another observe period. */
    public WritesConfig withObservePeriod(Duration value) {
        return new WritesConfig(client, catalog, store, portal, clock, value, keyFields, inFlight, authConnector);
    }

    /** This configuration with {@code field} holding the keys of {@code entity}'s creates. */
    public WritesConfig withKeyField(String entity, String field) {
        var fields = new java.util.HashMap<>(keyFields);
        fields.put(entity, field);
        return new WritesConfig(client, catalog, store, portal, clock, observePeriod, fields, inFlight, authConnector);
    }

    /**
     * This configuration sending {@code connector} as {@code auth_connector} with every write, so the
     * application's offline binding made with the same connector skips them (no echo of b24kit's own writes);
     * {@code ""} sends none. Throws {@link IllegalArgumentException} for anything but 1-50 letters, digits,
     * {@code _ . : -}.
     */
    public WritesConfig withAuthConnector(String connector) {
        return new WritesConfig(client, catalog, store, portal, clock, observePeriod, keyFields, inFlight, connector);
    }
}
