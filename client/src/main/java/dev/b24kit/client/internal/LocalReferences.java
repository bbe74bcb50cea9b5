package dev.b24kit.client.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.Params;
import dev.b24kit.client.batch.Command;

/**
 * Fills in {@code $result[key]…}, {@code $next[key]}, {@code $total[key]} references to commands
 * that already ran in an earlier request, the way the portal would have (a whole-value reference
 * takes the value as it is, arrays flattened into bracket keys; an embedded one only a scalar).
 */
final class LocalReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$(?i)(result|next|total)((?:\\[[^\\]]+\\])+)");
    private static final Pattern SEGMENT = Pattern.compile("\\[([^\\]]+)\\]");

    private LocalReferences() {
    }

    static Command fill(Command command, Map<String, CallResult> done) {
        if (done.isEmpty() || command.params().entries().stream().noneMatch(e -> e.value().contains("$"))) {
            return command;
        }
        Params filled = Params.empty();
        for (Params.Entry entry : command.params().entries()) {
            filled = filled.with(entry.key(), fillValue(entry.value(), done));
        }
        return new Command(command.key(), command.method(), filled);
    }

    private static Object fillValue(String value, Map<String, CallResult> done) {
        Matcher reference = REFERENCE.matcher(value);
        Object filled = value;
        while (reference.find()) {
            JsonNode target = target(reference.group(1).toLowerCase(java.util.Locale.ROOT), reference.group(2), done);
            if (target == null) {
                continue;
            }
            if (reference.group().equals(value)) {
                return target.isContainer() ? target : target.asString();
            }
            if (!target.isContainer() && filled instanceof String text) {
                filled = text.replace(reference.group(), target.asString());
            }
        }
        return filled;
    }

    private static JsonNode target(String root, String path, Map<String, CallResult> done) {
        Matcher segments = SEGMENT.matcher(path);
        if (!segments.find() || !done.containsKey(segments.group(1))) {
            return null; // not a command of an earlier request: the portal resolves it
        }
        CallResult result = done.get(segments.group(1));
        JsonNode node = switch (root) {
            case "next" -> result.next().isPresent() ? Decoder.JSON.getNodeFactory().numberNode(result.next().getAsLong()) : null;
            case "total" -> result.total().isPresent() ? Decoder.JSON.getNodeFactory().numberNode(result.total().getAsLong()) : null;
            default -> result.result();
        };
        while (node != null && segments.find()) {
            JsonNode next = node.isArray() && segments.group(1).matches("\\d+") ? node.get(Integer.parseInt(segments.group(1)))
                    : node.get(segments.group(1));
            if (next == null || next.isNull()) {
                break; // as the portal: stop at the last level that exists
            }
            node = next;
        }
        return node;
    }
}
