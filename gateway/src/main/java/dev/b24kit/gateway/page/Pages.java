package dev.b24kit.gateway.page;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.b24kit.gateway.page.internal.Exchange;
import dev.b24kit.gateway.page.internal.Html;
import dev.b24kit.gateway.page.internal.PageRoutes;
import dev.b24kit.gateway.page.internal.Sessions;

/**
 * The person's pages, as a Jetty handler the gateway mounts beside its own: {@code /login} (the one-time link),
 * {@code /proposals} (observe mode's inbox: diffs in labels, approve and reject, receipts, the audit log, going
 * live), {@code /trust} (what b24kit caught, each number linked to its evidence) and their POST actions.
 * Requests to other paths are not handled ({@link #handle} answers {@code false}), so the gateway can chain it.
 *
 * <p>Security: the first login link is {@code /login?secret=…} with {@link PagesConfig#loginSecret()}, usable
 * once; signing in opens a session (cookie {@code HttpOnly; SameSite=Strict}, {@code Secure} over TLS) with
 * its own CSRF token, which every POST must carry (403 otherwise). Pages have no script and no external asset;
 * a Content-Security-Policy allows only their inline style. Everything shown is HTML-escaped. No secret or
 * token of the portal is ever shown.
 *
 * <p>Thread-safe. Sessions live in memory: a restart signs everyone out (print a new link with
 * {@link #issueLoginLink}).
 */
public final class Pages extends Handler.Abstract {

    private final Sessions sessions;
    private final PageRoutes routes;

    public Pages(PagesConfig config) {
        super(InvocationType.BLOCKING);
        this.sessions = new Sessions(config.clock(), config.sessionLifetime(), config.loginSecret());
        this.routes = new PageRoutes(config, sessions);
    }

    /** The path of the first login link: {@code /login?secret=…}; prefix it with the gateway's address and print it. */
    public static String loginPath(PagesConfig config) {
        return "/login?secret=" + config.loginSecret();
    }

    /** Makes another one-time login secret and answers its path ({@code /login?secret=…}). */
    public String issueLoginLink() {
        return "/login?secret=" + sessions.issueLogin();
    }

    /** Whether this handler serves {@code path}. */
    public static boolean serves(String path) {
        return PageRoutes.serves(path);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!PageRoutes.serves(request.getHttpURI().getPath())) {
            return false;
        }
        Exchange exchange = new Exchange(request, response, callback);
        try {
            return routes.route(exchange);
        } catch (IllegalArgumentException e) {
            return exchange.page(400, Html.page("Bad request", null, null, "<p class=\"error\">" + Html.escape(e.getMessage()) + "</p>"));
        }
    }

    @Override
    public String toString() {
        return "Pages[/login, /proposals, /trust]";
    }
}
