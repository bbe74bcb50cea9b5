package dev.b24kit.store.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The checks the public records make on their arguments, with messages that say what to pass. */
public final class Arguments {

    private static final String ORIGIN_EXAMPLE = "an origin such as https://example.bitrix24.ru";

    private Arguments() {
    }

    /**
     * The portal's origin in one spelling ({@code https://host[:port]}, lower case). Anything with a
     * path, query or user info is refused without echoing it: a webhook URL's path holds its secret.
     */
    public static String origin(String portal) {
        present("portal", portal);
        URI uri;
        try {
            uri = new URI(portal.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("portal must be " + ORIGIN_EXAMPLE);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IllegalArgumentException("portal must be " + ORIGIN_EXAMPLE);
        }
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getRawUserInfo() != null || !(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("portal must be " + ORIGIN_EXAMPLE + ", without path, query or user info"
                    + " (a webhook URL's path holds its secret, so it is never stored); pass " + origin);
        }
        return origin;
    }

    /**
     * The checks every description of a write makes (an intent, a proposal): an origin, an entity, an
     * optional record id and key that are not blank, a change. Answers the normalised origin.
     */
    public static String writeTarget(String portal, String entity, String recordId, String idempotencyKey, String change) {
        String origin = origin(portal);
        text("entity", entity);
        optionalText("recordId", recordId);
        optionalText("idempotencyKey", idempotencyKey);
        present("change", change);
        return origin;
    }

    /** {@code value} must not be {@code null} or blank. */
    public static void text(String name, String value) {
        present(name, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** {@code value} may be {@code null} but not blank. */
    public static void optionalText(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(name + " must be null or not blank");
        }
    }

    /** {@code value} must not be {@code null}. */
    public static void present(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
