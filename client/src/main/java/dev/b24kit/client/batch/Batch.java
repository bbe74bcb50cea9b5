package dev.b24kit.client.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.client.Params;

/**
 * Commands to send together. The portal runs at most {@value #MAX_COMMANDS} commands per
 * {@code batch} request, one after another; a larger batch is sent as several requests of up to
 * {@value #MAX_COMMANDS}, in order, and a {@link Reference} may only point to a command in its own
 * request. With {@code halt}, the first failing command stops the rest (of later requests too).
 * Immutable; build with {@link #builder()}.
 */
public final class Batch {

    /** The portal's limit of commands per {@code batch} request. */
    public static final int MAX_COMMANDS = 50;

    private static final Pattern REFERENCE = Pattern.compile("\\$(?i:result|next|total|time|error)\\[([^\\]]+)\\]");

    private final List<Command> commands;
    private final boolean halt;
    private final Params requestParams;

    private Batch(List<Command> commands, boolean halt, Params requestParams) {
        this.commands = List.copyOf(commands);
        this.halt = halt;
        this.requestParams = requestParams;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Command> commands() {
        return commands;
    }

    public boolean halt() {
        return halt;
    }

    /** Parameters sent with every {@code batch} request of this batch, beside {@code halt} and {@code cmd}; usually empty. */
    public Params requestParams() {
        return requestParams;
    }

    /** The commands split into requests of at most {@value #MAX_COMMANDS}. */
    public List<List<Command>> requests() {
        List<List<Command>> requests = new ArrayList<>();
        for (int i = 0; i < commands.size(); i += MAX_COMMANDS) {
            requests.add(commands.subList(i, Math.min(commands.size(), i + MAX_COMMANDS)));
        }
        return requests;
    }

    /** The keys of commands that {@code command}'s parameters reference. */
    public static List<String> referencedKeys(Command command) {
        List<String> keys = new ArrayList<>();
        for (Params.Entry entry : command.params().entries()) {
            Matcher m = REFERENCE.matcher(entry.value());
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        return keys;
    }

    /** Collects commands; keys must be unique. Not thread-safe. */
    public static final class Builder {
        private final Map<String, Command> commands = new LinkedHashMap<>();
        private boolean halt;
        private Params requestParams = Params.empty();

        /**
         * Adds a command. Throws {@link IllegalArgumentException} for a duplicate key or a reference to
         * a command that is not added before it in the same request of {@value #MAX_COMMANDS}.
         */
        public Builder add(String key, String method, Params params) {
            Command command = new Command(key, method, params);
            if (commands.containsKey(key)) {
                throw new IllegalArgumentException("batch key '" + key + "' is used twice");
            }
            List<String> earlier = new ArrayList<>(commands.keySet());
            int requestStart = earlier.size() / MAX_COMMANDS * MAX_COMMANDS;
            for (String referenced : referencedKeys(command)) {
                int at = earlier.indexOf(referenced);
                if (at < requestStart) {
                    throw new IllegalArgumentException("command '" + key + "' references '" + referenced + "', which "
                            + (at < 0 ? "is not added before it" : "is in an earlier request of " + MAX_COMMANDS
                            + " commands (references work within one request)"));
                }
            }
            commands.put(key, command);
            return this;
        }

        /** Adds a command keyed by its position ({@code "0"}, {@code "1"}…). */
        public Builder add(String method, Params params) {
            return add(Integer.toString(commands.size()), method, params);
        }

        /** Stop at the first failing command; the rest are reported as not run. */
        public Builder halt(boolean value) {
            this.halt = value;
            return this;
        }

        /**
         * Sends {@code key} with every {@code batch} request itself, beside {@code halt} and {@code cmd}: for
         * parameters the portal reads from the request rather than from each command, such as
         * {@code auth_connector} (docs/bitrix24-behavior.md §10.4). {@code halt} and {@code cmd} are refused
         * with an {@link IllegalArgumentException}.
         */
        public Builder requestParam(String key, Object value) {
            String name = key.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.equals("halt") || name.startsWith("cmd")) {
                throw new IllegalArgumentException("request parameter '" + key + "' is the batch's own; use halt() or add()");
            }
            requestParams = requestParams.with(key, value);
            return this;
        }

        public int size() {
            return commands.size();
        }

        public Batch build() {
            if (commands.isEmpty()) {
                throw new IllegalStateException("a batch needs at least one command");
            }
            return new Batch(new ArrayList<>(commands.values()), halt, requestParams);
        }
    }
}
