package dev.b24kit.client.batch;

import java.util.List;
import java.util.Objects;

/**
 * A {@code $result[...]} reference to an earlier command's result in the same {@code batch}: the
 * portal substitutes it before running the command (docs/bitrix24-behavior.md §5.4). Use it
 * as a parameter value: {@code Params.of("id", Reference.result("deal", "CONTACT_ID"))}. Immutable.
 *
 * <p>When the whole value is a reference it is replaced by the referenced value as it is (an array
 * too); a missing path segment makes the portal stop at the last level that exists, so guard against
 * short lists.
 *
 * @param root    {@code result}, {@code next} or {@code total}
 * @param command the key of the referenced command
 * @param path    the keys below that command's result ({@code ["items", "49", "id"]})
 */
public record Reference(String root, String command, List<String> path) {

    public Reference {
        Objects.requireNonNull(command, "command");
        path = List.copyOf(path);
        if (!List.of("result", "next", "total").contains(root)) {
            throw new IllegalArgumentException("reference root must be result, next or total, got " + root);
        }
        if (command.isBlank() || command.contains("[") || command.contains("]") || command.contains("$")) {
            throw new IllegalArgumentException("command key '" + command + "' cannot be referenced (no [, ], $ or blank)");
        }
    }

    /** {@code $result[command][path…]}. */
    public static Reference result(String command, String... path) {
        return new Reference("result", command, List.of(path));
    }

    /** {@code $next[command]}: the offset of that command's next page. */
    public static Reference next(String command) {
        return new Reference("next", command, List.of());
    }

    /** {@code $total[command]}. */
    public static Reference total(String command) {
        return new Reference("total", command, List.of());
    }

    /** The reference as the portal reads it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("$").append(root).append('[').append(command).append(']');
        path.forEach(segment -> text.append('[').append(segment).append(']'));
        return text.toString();
    }
}
