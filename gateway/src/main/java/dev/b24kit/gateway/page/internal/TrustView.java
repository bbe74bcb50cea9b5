package dev.b24kit.gateway.page.internal;

import static dev.b24kit.gateway.page.internal.Html.escape;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.b24kit.gateway.page.Catch;
import dev.b24kit.gateway.page.Caught;
import dev.b24kit.gateway.page.TrustReport;
import dev.b24kit.store.audit.AuditEntry;

/** The trust page and its evidence pages, as HTML bodies. */
public final class TrustView {

    /** Days shown on the page (the totals cover the whole period). */
    private static final int DAYS = 30;

    private TrustView() {
    }

    /** The totals, the refusals by field, and the last 30 days with a catch; every number links to its evidence. */
    public static String report(TrustReport report) {
        StringBuilder html = new StringBuilder("<section id=\"totals\"><h2>In total</h2><table>");
        for (Map.Entry<Catch, Long> total : report.totals().entrySet()) {
            html.append("<tr><td>").append(escape(total.getKey().description())).append("</td><td class=\"n\" id=\"total-")
                    .append(total.getKey().slug()).append("\">").append(link(total.getKey(), null, null, total.getValue()))
                    .append("</td></tr>");
        }
        html.append("</table></section><section id=\"fields\"><h2>Refused, by field</h2>");
        Map<String, Long> fields = report.refusedByField();
        if (fields.isEmpty()) {
            html.append("<p class=\"muted\">No write was refused.</p>");
        } else {
            html.append("<table><tr><th>Field</th><th>Refused</th></tr>");
            fields.forEach((field, n) -> html.append("<tr><td>").append(escape(field)).append("</td><td class=\"n\">")
                    .append(link(Catch.REFUSED, null, field, n)).append("</td></tr>"));
            html.append("</table>");
        }
        html.append("</section><section id=\"days\"><h2>Per day (UTC)</h2><table><tr><th>Day</th>");
        for (Catch kind : Catch.values()) {
            html.append("<th>").append(escape(kind.description())).append("</th>");
        }
        html.append("</tr>");
        report.days().entrySet().stream().limit(DAYS).forEach(day -> {
            html.append("<tr><td>").append(day.getKey()).append("</td>");
            day.getValue().forEach((kind, n) -> html.append("<td class=\"n\">").append(link(kind, day.getKey(), null, n)).append("</td>"));
            html.append("</tr>");
        });
        return html.append("</table></section>").toString();
    }

    /** The evidence behind one number: each item with the audit entries that record it. */
    public static String evidence(List<Caught> items, java.util.function.Function<Caught, List<AuditEntry>> audit) {
        StringBuilder html = new StringBuilder("<section id=\"evidence\"><table><tr><th>When</th><th>What</th><th>Count</th>"
                + "<th>Where it is kept</th><th>Detail</th></tr>");
        for (Caught c : items) {
            html.append("<tr><td>").append(escape(c.at())).append("</td><td>").append(escape(c.subject())).append("</td><td>")
                    .append(c.count()).append("</td><td>").append(escape(c.source())).append(" <code>").append(escape(c.ref()))
                    .append("</code></td><td>").append(escape(c.detail())).append("</td></tr>");
            List<AuditEntry> entries = audit.apply(c);
            if (!entries.isEmpty()) {
                html.append("<tr><td></td><td colspan=\"4\">").append(ProposalsView.auditLog(entries)).append("</td></tr>");
            }
        }
        if (items.isEmpty()) {
            html.append("<tr><td colspan=\"5\" class=\"muted\">Nothing.</td></tr>");
        }
        return html.append("</table></section>").toString();
    }

    private static String link(Catch kind, LocalDate day, String field, long n) {
        if (n == 0) {
            return "0";
        }
        String href = "/trust/evidence?catch=" + kind.slug() + (day == null ? "" : "&day=" + day)
                + (field == null ? "" : "&field=" + java.net.URLEncoder.encode(field, java.nio.charset.StandardCharsets.UTF_8));
        return "<a href=\"" + escape(href) + "\">" + n + "</a>";
    }
}
