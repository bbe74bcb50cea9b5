package dev.b24kit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import dev.b24kit.changes.ChangeTracker;

/** Converters for the change-tracking flags; each refusal names the value and what is accepted. */
final class ChangeFlags {

    private ChangeFlags() {
    }

    static final class Listen implements ITypeConverter<InetSocketAddress> {
        @Override
        public InetSocketAddress convert(String value) {
            int colon = value.lastIndexOf(':');
            String accepted = "use HOST:PORT, e.g. 0.0.0.0:8081 (port 0 picks a free one)";
            if (colon <= 0) {
                throw new TypeConversionException("'" + value + "' is not an address: " + accepted);
            }
            int port = new PortalFlags.Port().convert(value.substring(colon + 1));
            return new InetSocketAddress(value.substring(0, colon).strip(), port);
        }
    }

    /** An entity key as the mirror and the feed name it: {@code deal}, …, {@code item:1030}. */
    static final class Entity implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return ChangeTracker.entityKey(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a tracked entity: use "
                        + String.join(", ", SyncCommand.ENTITIES) + " or item:ENTITY_TYPE_ID (a smart process)");
            }
        }
    }

    /** A key as {@link Entity} takes it, or a smart process's title, looked up in the portal's catalog later. */
    static final class EntityName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("an empty entity: use " + String.join(", ", SyncCommand.ENTITIES)
                        + ", item:ENTITY_TYPE_ID or a smart process's title");
            }
            try {
                return ChangeTracker.entityKey(value);
            } catch (IllegalArgumentException e) {
                return value.strip(); // a title: ChangeTracker looks it up
            }
        }
    }

    static final class Interval implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String text = value.strip().toUpperCase(Locale.ROOT);
            try {
                Duration duration = Duration.parse(text.startsWith("P") ? text : "PT" + text);
                if (!duration.isNegative() && !duration.isZero()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // refused below
            }
            throw new TypeConversionException("'" + value + "' is not an interval: use 30s, 5m, 1h or PT5M");
        }
    }

    /** A port free now, for a listener whose URL must be known before it starts. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port to listen on", e);
        }
    }

    /** The events of the tracked entities; a smart process's per type ({@code ONCRMDYNAMICITEMADD_1030}). */
    static List<String> events(List<String> keys) {
        List<String> events = new ArrayList<>();
        for (String key : keys) {
            for (String action : List.of("ADD", "UPDATE", "DELETE")) {
                events.add(key.startsWith("item:") ? "ONCRMDYNAMICITEM" + action + "_" + key.substring("item:".length())
                        : "ONCRM" + key.toUpperCase(Locale.ROOT) + action);
            }
        }
        return events;
    }
}
