package dev.b24kit.testportal.internal.rest;

import java.util.Locale;

/**
 * A {@code /rest/} path (§1.1): {@code /rest/{userId}/{secret}/{method}[.json]} for incoming webhooks,
 * {@code /rest/{method}[.json]} for OAuth calls. An unknown shape routes to the empty method name,
 * which answers {@code ERROR_METHOD_NOT_FOUND}.
 */
record Route(boolean webhook, String userId, String secret, String method) {

    static Route parse(String path) {
        String rest = path.startsWith("/rest/") ? path.substring("/rest/".length()) : "";
        String[] parts = rest.split("/", -1);
        if (parts.length == 3) {
            return new Route(true, parts[0], parts[1], method(parts[2]));
        }
        if (parts.length == 4 && parts[3].isEmpty()) { // trailing slash after the method
            return new Route(true, parts[0], parts[1], method(parts[2]));
        }
        if (parts.length == 1) {
            return new Route(false, null, null, method(parts[0]));
        }
        if (parts.length == 2 && parts[1].isEmpty()) {
            return new Route(false, null, null, method(parts[0]));
        }
        return new Route(false, null, null, "");
    }

    private static String method(String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return lower.substring(0, lower.length() - ".json".length());
        }
        return lower;
    }
}
