package dev.b24kit.testportal.internal.rest;

/**
 * An HTTP request as the dispatcher sees it, independent of the server library.
 *
 * @param httpMethod  GET, POST, ...
 * @param path        decoded request path ({@code /rest/1/secret/crm.deal.get.json})
 * @param query       raw query string, null when absent
 * @param contentType the Content-Type header, null when absent
 * @param body        raw body bytes (empty when none)
 * @param remoteAddress the client's IP
 * @param secure      whether the request came over HTTPS
 * @param client      the connection it came on, asked whether the client has gone before the answer
 */
public record Incoming(String httpMethod, String path, String query, String contentType, byte[] body,
                       String remoteAddress, boolean secure, ClientConnection client) {

    /** A request on a connection the client keeps open (in-process callers). */
    public Incoming(String httpMethod, String path, String query, String contentType, byte[] body,
                    String remoteAddress, boolean secure) {
        this(httpMethod, path, query, contentType, body, remoteAddress, secure, ClientConnection.OPEN);
    }
}
