package dev.b24kit.testportal.internal.rest;

import java.util.Locale;

/**
 * A {@code /rest/} path (§1.1): {@code /rest/{userId}/{secret}/{method}[.json]} for incoming webhooks,
 * {@code /rest/{method}[.json]} for OAuth calls. An unknown shape routes to the empty method name,
 * which answers {@code ERROR_METHOD_NOT_FOUND}. The {@code .xml} suffix is recognised but the XML
 * format is not modelled: {@link #requireJson()} refuses it.
 */
record Route(boolean webhook, String userId, String secret, String method, boolean xml) {

    static Route parse(String path) {
        String rest = path.startsWith("/rest/") ? path.substring("/rest/".length()) : "";
        String[] parts = rest.split("/", -1);
        if (parts.length == 3) {
            return of(true, parts[0], parts[1], parts[2]);
        }
        if (parts.length == 4 && parts[3].isEmpty()) { // trailing slash after the method
            return of(true, parts[0], parts[1], parts[2]);
        }
        if (parts.length == 1) {
            return of(false, null, null, parts[0]);
        }
        if (parts.length == 2 && parts[1].isEmpty()) {
            return of(false, null, null, parts[0]);
        }
        return new Route(false, null, null, "", false);
    }

    /** Refuses the XML response format with a 400 that says so, instead of a misleading "not found". */
    void requireJson() {
        if (xml) {
            throw new RestError(400, "INVALID_REQUEST", "The test portal answers JSON only: the .xml response "
                    + "format is not modelled. Call '" + method + "' or '" + method + ".json' instead.");
        }
    }

    private static Route of(boolean webhook, String userId, String secret, String segment) {
        String lower = segment.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return new Route(webhook, userId, secret, lower.substring(0, lower.length() - ".json".length()), false);
        }
        if (lower.endsWith(".xml")) {
            return new Route(webhook, userId, secret, lower.substring(0, lower.length() - ".xml".length()), true);
        }
        return new Route(webhook, userId, secret, lower, false);
    }
}
