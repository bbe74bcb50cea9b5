package dev.b24kit.gateway.page.internal;

import static dev.b24kit.gateway.page.internal.Html.escape;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.b24kit.gateway.page.Catch;
import dev.b24kit.gateway.page.Caught;
import dev.b24kit.gateway.page.PagesConfig;
import dev.b24kit.gateway.page.TrustReport;
import dev.b24kit.store.audit.AuditEntry;
import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Receipt;

/** What each path answers. */
public final class PageRoutes {

    private static final Pattern PROPOSAL = Pattern.compile("/proposals/([A-Za-z0-9-]{1,40})(/approve|/reject)?");

    private final PagesConfig config;
    private final Sessions sessions;

    public PageRoutes(PagesConfig config, Sessions sessions) {
        this.config = config;
        this.sessions = sessions;
    }

    public static boolean serves(String path) {
        return path.equals("/login") || path.equals("/logout") || path.equals("/proposals") || path.startsWith("/proposals/")
                || path.startsWith("/policy/") || path.equals("/trust") || path.equals("/trust/evidence");
    }

    public boolean route(Exchange x) throws IOException {
        String path = x.path();
        boolean post = x.method().equals("POST");
        if (!post && !x.method().equals("GET") && !x.method().equals("HEAD")) {
            return x.page(405, Html.page("Method not allowed", null, null, "<p>Use GET, or POST from the page's forms.</p>"));
        }
        if (path.equals("/login")) {
            return post ? login(x) : loginForm(x);
        }
        Optional<Sessions.Session> session = sessions.find(x.sessionCookie());
        if (session.isEmpty()) {
            return x.page(401, Html.page("Sign in", null, null, "<p>Open the one-time login link the gateway printed when it"
                    + " started. A link works once; ask for a new one when it was used.</p>"));
        }
        Sessions.Session s = session.get();
        if (post) {
            Map<String, String> form = x.form();
            if (!Sessions.csrfMatches(s, form.get("csrf"))) {
                return x.page(403, Html.page("Refused", s.person(), s.csrf(), "<p class=\"error\">This form's CSRF token is"
                        + " missing or wrong, so nothing was done. Reload the page and try again.</p>"));
            }
            return action(x, s, path, form);
        }
        if (path.equals("/proposals")) {
            List<Proposal> decided = new ArrayList<>();
            for (ProposalState state : List.of(ProposalState.APPLIED, ProposalState.APPROVED, ProposalState.REJECTED)) {
                decided.addAll(config.approvals().list(state));
            }
            return x.page(200, Html.page("Proposals", s.person(), s.csrf(), ProposalsView.inbox(config.approvals().policy(),
                    config.approvals().list(ProposalState.OPEN), decided, config.store().audit().recent(config.portal(), 100),
                    this::proposer, s.csrf())));
        }
        Matcher m = PROPOSAL.matcher(path);
        if (m.matches() && m.group(2) == null) {
            Optional<Proposal> p = config.approvals().find(m.group(1));
            return p.isEmpty() ? notFound(x, s) : x.page(200, Html.page("Proposal", s.person(), s.csrf(),
                    ProposalsView.proposal(p.get(), config.store().audit().forProposal(p.get().id()), s.csrf())));
        }
        if (path.equals("/trust")) {
            return x.page(200, Html.page("What b24kit caught", s.person(), s.csrf(), TrustView.report(report())));
        }
        if (path.equals("/trust/evidence")) {
            return evidence(x, s);
        }
        return notFound(x, s);
    }

    private boolean action(Exchange x, Sessions.Session s, String path, Map<String, String> form) {
        Actor person = Actor.person(s.person());
        if (path.equals("/logout")) {
            sessions.logout(s.id());
            x.cookie(null);
            return x.redirect("/login");
        }
        if (path.equals("/policy/live")) {
            if (!"yes".equals(form.get("confirm"))) {
                return x.page(400, Html.page("Not live", s.person(), s.csrf(), "<p class=\"error\">Tick the box to confirm"
                        + " that agents' writes will go to the portal without approval.</p>"));
            }
            config.approvals().setPolicy(WriteMode.LIVE, person);
            return x.redirect("/proposals");
        }
        if (path.equals("/policy/observe")) {
            config.approvals().setPolicy(WriteMode.OBSERVE, person);
            return x.redirect("/proposals");
        }
        Matcher m = PROPOSAL.matcher(path);
        if (!m.matches() || m.group(2) == null) {
            return notFound(x, s);
        }
        String id = m.group(1);
        if (config.approvals().find(id).isEmpty()) {
            return notFound(x, s);
        }
        try {
            if (m.group(2).equals("/approve")) {
                Receipt receipt = config.approvals().approve(id, person);
                if (receipt instanceof Receipt.Refused) {
                    return x.page(200, Html.page("Approved, not written", s.person(), s.csrf(), ProposalsView.receipt(receipt.toJson().toString())
                            + "<p><a href=\"/proposals/" + escape(id) + "\">Back to the proposal</a></p>"));
                }
            } else {
                config.approvals().reject(id, person);
            }
        } catch (IllegalStateException e) {
            return x.page(409, Html.page("Already decided", s.person(), s.csrf(), "<p class=\"error\">" + escape(e.getMessage()) + "</p>"));
        } catch (RuntimeException e) {
            return x.page(502, Html.page("Not written", s.person(), s.csrf(), "<p class=\"error\">The proposal is approved but the"
                    + " write failed: " + escape(e.getMessage()) + "</p>"));
        }
        return x.redirect("/proposals/" + id);
    }

    private boolean loginForm(Exchange x) {
        String secret = x.query("secret");
        if (!sessions.isLogin(secret)) {
            return x.page(401, Html.page("Sign in", null, null, "<p class=\"error\">This login link is not valid or was used"
                    + " already. Each link works once.</p>"));
        }
        return x.page(200, Html.page("Sign in", null, null, "<form method=\"post\" action=\"/login\"><input type=\"hidden\""
                + " name=\"secret\" value=\"" + escape(secret) + "\"><p><label>Your name (the audit log records it)"
                + " <input name=\"person\" id=\"person\" required maxlength=\"80\"></label></p>"
                + "<button type=\"submit\" id=\"sign-in\">Sign in</button></form>"));
    }

    private boolean login(Exchange x) throws IOException {
        Map<String, String> form = x.form();
        String person = form.getOrDefault("person", "").strip();
        if (person.isEmpty() || person.length() > 80) {
            return x.page(400, Html.page("Sign in", null, null, "<p class=\"error\">Give your name (1 to 80 characters).</p>"));
        }
        Optional<Sessions.Session> session = sessions.login(form.get("secret"), person);
        if (session.isEmpty()) {
            return x.page(401, Html.page("Sign in", null, null, "<p class=\"error\">This login link is not valid or was used"
                    + " already. Each link works once.</p>"));
        }
        x.cookie(session.get().id());
        return x.redirect("/proposals");
    }

    private boolean evidence(Exchange x, Sessions.Session s) {
        Catch kind = Catch.ofSlug(Optional.ofNullable(x.query("catch")).orElse(""));
        LocalDate day;
        try {
            day = x.query("day") == null ? null : LocalDate.parse(x.query("day"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("day must be a date like 2026-03-01, got '" + x.query("day") + "'");
        }
        String field = x.query("field");
        List<Caught> items = report().evidence(kind, day).stream()
                .filter(c -> field == null || c.subject().equals(field)).toList();
        String described = kind.description();
        String title = Character.toUpperCase(described.charAt(0)) + described.substring(1) + (day == null ? ", in total" : ", " + day) + (field == null ? "" : ", field " + field);
        return x.page(200, Html.page(title, s.person(), s.csrf(), TrustView.evidence(items, this::auditOf)));
    }

    private List<AuditEntry> auditOf(Caught c) {
        return switch (c.source()) {
            case "journal" -> config.store().audit().forJournal(c.ref());
            case "audit" -> c.kind() == Catch.DUPLICATE_PREVENTED ? config.store().audit().forJournal(c.detail()) : List.of();
            default -> List.of();
        };
    }

    /** Who proposed it, as the audit log's {@code proposal.created} names them. */
    private String proposer(Proposal p) {
        return config.store().audit().forProposal(p.id()).stream().filter(e -> e.event().action().equals("proposal.created"))
                .map(e -> e.event().actor()).findFirst().orElse("(unknown)");
    }

    private TrustReport report() {
        return TrustReport.of(config.store(), config.portal(), Instant.EPOCH, config.clock().instant().plusMillis(1));
    }

    private static boolean notFound(Exchange x, Sessions.Session s) {
        return x.page(404, Html.page("Not found", s.person(), s.csrf(), "<p>No such page or proposal here.</p>"));
    }
}
