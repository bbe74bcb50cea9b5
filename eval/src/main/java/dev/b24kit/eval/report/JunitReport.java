package dev.b24kit.eval.report;

import java.util.Locale;

import dev.b24kit.eval.EvalReport;
import dev.b24kit.eval.ProbeResult;
import dev.b24kit.eval.ProbeStatus;

/**
 * {@code junit.xml} in the Ant/Surefire form CI systems read: one {@code testsuite}, one {@code testcase} per
 * probe and per scenario, a {@code failure} with the evidence for a failed probe, {@code skipped}
 * with the reason for a skipped one.
 */
final class JunitReport {

    private JunitReport() {
    }

    static String render(EvalReport report) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"b24kit eval\" tests=\"").append(report.probes().size())
                .append("\" failures=\"").append(report.count(ProbeStatus.FAIL))
                .append("\" errors=\"0\" skipped=\"").append(report.count(ProbeStatus.SKIPPED))
                .append("\" time=\"").append(seconds(report.duration().toMillis()))
                .append("\" timestamp=\"").append(report.startedAt().toString().replaceAll("\\.\\d+Z$", "Z")).append("\">\n");
        xml.append("  <properties>\n    <property name=\"portal\" value=\"").append(Html.escape(report.portal()))
                .append("\"/>\n    <property name=\"readOnly\" value=\"").append(report.readOnly()).append("\"/>\n  </properties>\n");
        for (ProbeResult p : report.probes()) {
            xml.append("  <testcase classname=\"b24kit.eval.probes\" name=\"").append(p.number()).append(' ')
                    .append(Html.escape(p.id())).append("\" time=\"").append(seconds(p.duration().toMillis())).append('"');
            switch (p.status()) {
                case PASS -> xml.append(">\n    <system-out>").append(Html.escape(text(p))).append("</system-out>\n  </testcase>\n");
                case SKIPPED -> xml.append(">\n    <skipped message=\"").append(Html.escape(p.summary())).append("\"/>\n  </testcase>\n");
                case FAIL -> xml.append(">\n    <failure message=\"").append(Html.escape(p.summary())).append("\" type=\"EvalFailure\">")
                        .append(Html.escape(text(p))).append("</failure>\n  </testcase>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String text(ProbeResult p) {
        return p.summary() + "\n" + String.join("\n", p.evidence());
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
