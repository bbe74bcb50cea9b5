package dev.b24kit.client;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a call may be sent again after a failure that leaves its outcome open (a 5xx, an HTML
 * error page, a dropped connection). Calls the portal refused before running them
 * ({@code QUERY_LIMIT_EXCEEDED}, {@code OPERATION_TIME_LIMIT}, an expired token) are always sent again.
 */
public enum Idempotency {

    /** Repeating has the same effect as sending once: reads, updates that set absolute values, deletes. */
    SAFE,
    /** Repeating may apply the effect twice: creates, appending updates, unknown methods. */
    UNSAFE;

    private static final Pattern READ = Pattern.compile(
            ".*\\.(get|list|fields|current|search|getlist|types|info)$|^(server\\.time|profile|scope|methods|method\\.get"
                    + "|feature\\.get|app\\.info|user\\.get|user\\.current|crm\\.duplicate\\.findbycomm|event\\.get)$");
    private static final Set<String> MULTI_FIELDS = Set.of("PHONE", "EMAIL", "WEB", "IM", "LINK");

    /**
     * Classifies a call by its method name and parameters: reads and deletes are safe; an update is
     * safe unless it appends a multi-field value (a {@code PHONE}, {@code EMAIL}, {@code WEB},
     * {@code IM} or {@code LINK} item without {@code ID}); creates ({@code *.add}) and every other
     * method are unsafe.
     */
    public static Idempotency of(String method, Params params) {
        String m = method.toLowerCase(Locale.ROOT);
        if (READ.matcher(m).matches() || m.endsWith(".delete")) {
            return SAFE;
        }
        if (m.endsWith(".update")) {
            return appendsMultiField(params) ? UNSAFE : SAFE;
        }
        return UNSAFE;
    }

    /** {@code fields[PHONE][0][VALUE]=…} without a {@code fields[PHONE][0][ID]} appends a value. */
    private static boolean appendsMultiField(Params params) {
        for (Params.Entry entry : params.entries()) {
            String[] path = entry.key().split("[\\[\\]]+");
            if (path.length >= 4 && path[0].equalsIgnoreCase("fields")
                    && MULTI_FIELDS.contains(path[1].toUpperCase(Locale.ROOT))) {
                String item = "fields[" + path[1] + "][" + path[2] + "]";
                boolean hasId = params.entries().stream().anyMatch(e -> e.key().equalsIgnoreCase(item + "[ID]"));
                if (!hasId) {
                    return true;
                }
            }
        }
        return false;
    }
}
