package dev.b24kit.cli;

import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import dev.b24kit.testportal.LatencyMode;
import dev.b24kit.testportal.Plan;

/**
 * Converters for the {@code testportal} flags. Each refusal names the value and what is accepted;
 * picocli prefixes it with the flag ({@code Invalid value for option '--port': ...}).
 */
final class PortalFlags {

    private PortalFlags() {
    }

    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port = integer(value, "a port: use 0..65535 (0 picks a free port)");
            if (port < 0 || port > 65535) {
                throw new TypeConversionException("'" + value + "' is not a port: use 0..65535 (0 picks a free port)");
            }
            return port;
        }
    }

    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int count = integer(value, "a count: use a whole number >= 0");
            if (count < 0) {
                throw new TypeConversionException("'" + value + "' is not a count: use a whole number >= 0");
            }
            return count;
        }
    }

    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a seed: use a whole number");
            }
        }
    }

    static final class PlanName implements ITypeConverter<Plan> {
        @Override
        public Plan convert(String value) {
            try {
                return Plan.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value
                        + "' is not a plan: use standard, enterprise, unlimited or custom:BURST/DRAIN (e.g. custom:10/1)");
            }
        }
    }

    static final class Latency implements ITypeConverter<LatencyMode> {
        @Override
        public LatencyMode convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "realtime" -> LatencyMode.REALTIME;
                case "none" -> LatencyMode.NONE;
                default -> throw new TypeConversionException("'" + value + "' is not a latency mode: use realtime or none");
            };
        }
    }

    static final class Secret implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!value.matches("[A-Za-z0-9]{1,64}")) {
                throw new TypeConversionException("the value is not a webhook secret: use 1-64 letters or digits");
            }
            return value;
        }
    }

    static final class CredentialStatus implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String trimmed = value.trim();
            if (!trimmed.equals("401") && !trimmed.equals("403")) {
                throw new TypeConversionException("'" + value + "' is not accepted: use 401 (as the server source) or 403 (as the docs)");
            }
            return Integer.parseInt(trimmed);
        }
    }

    /** {@code URL=EVENT[,EVENT…]}: an outgoing webhook as a portal's UI sets it up. */
    record OutgoingWebhook(java.net.URI handler, java.util.List<String> events) {
    }

    static final class OutgoingWebhookSpec implements ITypeConverter<OutgoingWebhook> {
        @Override
        public OutgoingWebhook convert(String value) {
            int equals = value.lastIndexOf('=');
            String accepted = "use URL=EVENT[,EVENT…], e.g. http://127.0.0.1:9000/hook=ONCRMDEALADD,ONCRMDEALUPDATE";
            if (equals <= 0 || equals == value.length() - 1) {
                throw new TypeConversionException("'" + value + "' is not an outgoing webhook: " + accepted);
            }
            java.net.URI handler;
            try {
                handler = java.net.URI.create(value.substring(0, equals).trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' has no valid handler URL: " + accepted);
            }
            java.util.List<String> events = java.util.Arrays.stream(value.substring(equals + 1).split(","))
                    .map(String::trim).filter(e -> !e.isEmpty()).map(e -> e.toUpperCase(Locale.ROOT)).toList();
            if (handler.getHost() == null || !String.valueOf(handler.getScheme()).startsWith("http") || events.isEmpty()) {
                throw new TypeConversionException("'" + value + "' is not an outgoing webhook: " + accepted);
            }
            return new OutgoingWebhook(handler, events);
        }
    }

    static final class FaultSpec implements ITypeConverter<dev.b24kit.testportal.FaultRule> {
        @Override
        public dev.b24kit.testportal.FaultRule convert(String value) {
            try {
                return dev.b24kit.testportal.FaultRule.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class Delivery implements ITypeConverter<dev.b24kit.testportal.EventDelivery> {
        @Override
        public dev.b24kit.testportal.EventDelivery convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "cloud" -> dev.b24kit.testportal.EventDelivery.CLOUD;
                case "prompt" -> dev.b24kit.testportal.EventDelivery.PROMPT;
                default -> throw new TypeConversionException("'" + value + "' is not an event delivery: use cloud or prompt");
            };
        }
    }

    private static int integer(String value, String what) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not " + what);
        }
    }
}
