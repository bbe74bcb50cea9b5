package dev.b24kit.eval.report;

import java.util.Locale;

import dev.b24kit.eval.EvalReport;
import dev.b24kit.eval.ProbeResult;
import dev.b24kit.eval.ProbeStatus;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external asset) with the
 * summary, each probe with its evidence, and charts of request latency and of bucket and operating headroom.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:980px;color:#111;padding:0 16px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}h3{font-size:15px;margin:0}
            .meta{color:#555}.verdict{font-size:18px;font-weight:600;padding:10px 14px;border-radius:6px;margin:14px 0}
            .verdict.pass{background:#dcfce7;color:#14532d}.verdict.fail{background:#fee2e2;color:#7f1d1d}
            table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:5px 8px;text-align:left;vertical-align:top}
            .status{font-weight:700;font-family:ui-monospace,monospace}.PASS{color:#15803d}.FAIL{color:#b91c1c}.SKIPPED{color:#6b7280}
            section.probe{border:1px solid #e5e7eb;border-radius:6px;padding:10px 14px;margin:10px 0}
            pre{white-space:pre-wrap;word-break:break-word;background:#f9fafb;padding:8px;border-radius:4px;font-size:12px;margin:8px 0 0}
            .legend span{margin-right:12px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
            svg{max-width:100%;height:auto;font-family:system-ui,sans-serif}
            """;

    private HtmlReport() {
    }

    static String render(EvalReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>b24kit eval — ").append(Html.escape(report.portal())).append("</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        html.append("<h1>b24kit eval</h1><p class=\"meta\">").append(Html.escape(report.portal()))
                .append(report.testPortal() ? " (a test portal)" : "").append(report.readOnly() ? ", read-only" : "")
                .append(" · started ").append(Html.escape(report.startedAt().toString())).append(" · ")
                .append(String.format(Locale.ROOT, "%.1f s", report.duration().toMillis() / 1000.0)).append("</p>\n");
        summary(html, report);
        html.append("<h2>Probes</h2>\n");
        for (ProbeResult p : report.probes()) {
            html.append("<section class=\"probe\" id=\"probe-").append(Html.escape(p.id())).append("\"><h3><span class=\"status ")
                    .append(p.status()).append("\">").append(p.status()).append("</span> ").append(p.number()).append(". ")
                    .append(Html.escape(p.title())).append("</h3><p>").append(Html.escape(p.summary())).append("</p>");
            if (!p.evidence().isEmpty()) {
                html.append("<pre>").append(Html.escape(String.join("\n", p.evidence()))).append("</pre>");
            }
            html.append("</section>\n");
        }
        charts(html, report);
        return html.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder html, EvalReport report) {
        html.append("<div id=\"summary\"><div class=\"verdict ").append(report.passed() ? "pass" : "fail").append("\">")
                .append(report.passed() ? "Nothing failed" : report.count(ProbeStatus.FAIL) + " probe(s) failed").append(": ")
                .append(report.count(ProbeStatus.PASS)).append(" passed, ").append(report.count(ProbeStatus.FAIL)).append(" failed, ")
                .append(report.count(ProbeStatus.SKIPPED)).append(" skipped</div>\n<table><thead><tr><th>#</th><th>Probe</th>")
                .append("<th>Status</th><th>Summary</th><th>Time</th></tr></thead><tbody>\n");
        for (ProbeResult p : report.probes()) {
            html.append("<tr><td>").append(p.number()).append("</td><td><a href=\"#probe-").append(Html.escape(p.id())).append("\">")
                    .append(Html.escape(p.title())).append("</a></td><td class=\"status ").append(p.status()).append("\">")
                    .append(p.status()).append("</td><td>").append(Html.escape(p.summary())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f s", p.duration().toMillis() / 1000.0)).append("</td></tr>\n");
        }
        html.append("</tbody></table></div>\n");
    }

    private static void charts(StringBuilder html, EvalReport report) {
        var t = report.telemetry();
        html.append("<h2>Request latency</h2><p class=\"meta\">One point per HTTP request the eval's client sent (a batch is one).</p>")
                .append(SvgChart.render("request latency", "ms", t.latencies(), false, 0));
        html.append("<h2>Bucket headroom</h2><p class=\"meta\">Requests the portal's leaky bucket could still take (")
                .append(t.bucketBurst()).append(" at most), as the client mirrors it after each request.</p>")
                .append(SvgChart.render("bucket headroom", "requests", t.bucket(), true, t.bucketBurst()));
        html.append("<h2>Operating headroom</h2><p class=\"meta\">Seconds left of each method's operating budget (")
                .append(String.format(Locale.ROOT, "%.0f", t.operatingLimit()))
                .append(" s per 10 minutes), from the time block of the answers.</p>")
                .append(SvgChart.render("operating headroom", "s", t.operating(), true, t.operatingLimit()));
    }
}
