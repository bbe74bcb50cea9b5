package dev.b24kit.client;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the client authenticates: an incoming webhook ({@code https://PORTAL/rest/USER/SECRET/}) or an
 * OAuth application's tokens. Immutable; {@code toString} never shows a secret or a token.
 */
public sealed interface Credentials permits Credentials.Webhook, Credentials.OAuth {

    /** The portal's origin, {@code https://host[:port]}, used to share the portal's request budget. */
    String portalOrigin();

    /** How the credentials may be shown to people: {@code https://portal/rest/1/****}/ or the OAuth app. */
    String display();

    /**
     * An incoming webhook. Throws {@link IllegalArgumentException} (without echoing the secret) when
     * the URL is not {@code http(s)://HOST/rest/USER_ID/SECRET/}.
     */
    static Webhook webhook(String url) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url").strip());
        } catch (java.net.URISyntaxException e) {
            // the URL is not repeated: it holds the secret
            throw new IllegalArgumentException("not an incoming-webhook URL: it is not a valid URL (" + e.getReason()
                    + " at character " + e.getIndex() + "); expected https://PORTAL/rest/USER_ID/SECRET/");
        }
        return new Webhook(uri);
    }

    /**
     * An incoming webhook URL, {@code http(s)://HOST[:PORT]/rest/USER_ID/SECRET/} (a trailing method
     * name or missing final slash is tolerated and removed).
     */
    record Webhook(URI url) implements Credentials {
        private static final Pattern PATH = Pattern.compile("(.*?/rest)/(\\d+)/([A-Za-z0-9_]+)(?:/.*)?");

        public Webhook {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme();
            Matcher m = url.getRawPath() == null ? null : PATH.matcher(url.getRawPath());
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
                    || m == null || !m.matches()) {
                // the path is not shown: a malformed webhook URL may still hold the secret
                throw new IllegalArgumentException("not an incoming-webhook URL: expected "
                        + "https://PORTAL/rest/USER_ID/SECRET/ (got a URL with scheme " + scheme + " and host "
                        + url.getHost() + ")");
            }
            url = URI.create(scheme + "://" + url.getRawAuthority() + m.group(1) + "/" + m.group(2) + "/" + m.group(3) + "/");
        }

        /** The base to which a method name is appended. Contains the secret: never log it. */
        public URI base() {
            return url;
        }

        @Override
        public String portalOrigin() {
            return url.getScheme() + "://" + url.getRawAuthority();
        }

        @Override
        public String display() {
            return redact(url);
        }

        @Override
        public String toString() {
            return "Webhook[" + display() + "]";
        }

        private static String redact(URI url) {
            String text = url.toString();
            return text.replaceAll("(/rest/\\d+/)[^/?#]+", "$1****");
        }
    }

    /**
     * An OAuth application's credentials (docs/bitrix24-behavior.md §1.6).
     *
     * @param clientEndpoint the portal's REST base, {@code https://PORTAL/rest/} ({@code client_endpoint})
     * @param oauthServer    where tokens are renewed first, {@code https://oauth.bitrix.info/}; afterwards the
     *                       token response's {@code server_endpoint} is followed
     * @param clientId       the application's client id
     * @param clientSecret   the application's client secret
     * @param tokens         the current access and refresh tokens
     * @param store          told of every renewal, so renewed tokens survive a restart
     */
    record OAuth(URI clientEndpoint, URI oauthServer, String clientId, String clientSecret, OAuthTokens tokens,
                 TokenStore store) implements Credentials {
        public OAuth {
            Objects.requireNonNull(clientEndpoint, "clientEndpoint");
            Objects.requireNonNull(oauthServer, "oauthServer");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(tokens, "tokens");
            Objects.requireNonNull(store, "store");
            if (!clientEndpoint.toString().endsWith("/")) {
                clientEndpoint = URI.create(clientEndpoint + "/");
            }
        }

        @Override
        public String portalOrigin() {
            return clientEndpoint.getScheme() + "://" + clientEndpoint.getRawAuthority();
        }

        @Override
        public String display() {
            return clientEndpoint + " (OAuth application " + clientId + ")";
        }

        @Override
        public String toString() {
            return "OAuth[" + display() + ", tokens ****]";
        }
    }

    /** An OAuth application; see {@link OAuth}. */
    static OAuth oauth(URI clientEndpoint, URI oauthServer, String clientId, String clientSecret, OAuthTokens tokens,
                       TokenStore store) {
        return new OAuth(clientEndpoint, oauthServer, clientId, clientSecret, tokens, store);
    }
}
