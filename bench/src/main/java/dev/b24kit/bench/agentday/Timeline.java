package dev.b24kit.bench.agentday;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The day's timeline as one self-contained HTML page: four inline SVG charts (operations/s, faults injected/s,
 * throttle waits/s, feed lag) over the seconds of the run, with the restarts marked on each. No script, no
 * external asset.
 *
 * <p>Stateless.
 */
final class Timeline {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 140;

    private Timeline() {
    }

    static String html(DayConfig config, List<Sampler.Sample> samples, List<Ledger.Restart> restarts, List<Instant> faults,
                       Instant start, List<Invariants.Violation> violations) {
        int seconds = Math.max(1, samples.isEmpty() ? 1 : (int) Duration.between(start, samples.getLast().at()).toSeconds() + 1);
        double[] ops = new double[seconds];
        double[] throttle = new double[seconds];
        double[] lag = new double[seconds];
        double[] faultRate = new double[seconds];
        Sampler.Sample previous = null;
        for (Sampler.Sample s : samples) {
            int i = second(start, s.at(), seconds);
            if (i >= 0) {
                ops[i] += previous == null ? 0 : s.operations() - previous.operations();
                throttle[i] += previous == null ? 0 : s.throttleWaits() - previous.throttleWaits();
                lag[i] = Math.max(lag[i], s.lagSeconds());
            }
            previous = s;
        }
        faults.forEach(at -> {
            int i = second(start, at, seconds);
            if (i >= 0) {
                faultRate[i]++;
            }
        });
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>b24kit agent day</title><style>body{font:14px sans-serif;margin:24px}svg{display:block;"
                + "margin:4px 0 18px}.bad{color:#b00}.ok{color:#070}</style></head><body><h1>b24kit agent day</h1>");
        page.append(String.format(Locale.ROOT, "<p>%d operations from %d sessions, %d gateway process(es), %s, seed %d. ",
                config.operations(), config.sessions(), config.gateways(), config.postgres() ? "PostgreSQL + Redis" : "SQLite",
                config.seed()));
        page.append(violations.isEmpty() ? "<strong class=\"ok\">Every invariant held.</strong></p>"
                : "<strong class=\"bad\">" + violations.size() + " invariant(s) violated:</strong></p><ul>");
        violations.forEach(v -> page.append("<li>").append(escape(v.invariant())).append(": ").append(v.count())
                .append("<br><small>").append(escape(String.join("; ", v.evidence()))).append("</small></li>"));
        page.append(violations.isEmpty() ? "" : "</ul>");
        page.append("<p>Red lines: restarts (").append(restarts.size()).append(").</p>");
        chart(page, "operations / s", ops, restarts, start, seconds);
        chart(page, "faults injected / s (calls the portal answered with an error)", faultRate, restarts, start, seconds);
        chart(page, "throttle waits / s (client bucket)", throttle, restarts, start, seconds);
        chart(page, "change feed lag (s, largest over the gateways)", lag, restarts, start, seconds);
        return page.append("</body></html>\n").toString();
    }

    private static int second(Instant start, Instant at, int seconds) {
        long s = Duration.between(start, at).toSeconds();
        return s < 0 ? -1 : (int) Math.min(seconds - 1, s);
    }

    private static void chart(StringBuilder page, String title, double[] values, List<Ledger.Restart> restarts,
                              Instant start, int seconds) {
        double max = 1;
        for (double v : values) {
            max = Math.max(max, v);
        }
        page.append("<h2>").append(escape(title)).append(String.format(Locale.ROOT, " <small>(max %.1f)</small></h2>", max));
        page.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\"><rect width=\"100%%\" height=\"100%%\" fill=\"#f7f7f7\"/>", WIDTH, HEIGHT, WIDTH, HEIGHT));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, seconds), HEIGHT - 4 - values[i] / max * (HEIGHT - 8)));
        }
        for (Ledger.Restart r : restarts) {
            double x = x(Math.max(0, (int) Duration.between(start, r.at()).toSeconds()), seconds);
            page.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" stroke=\"#d00\"/>", x, x, HEIGHT));
        }
        page.append("<polyline fill=\"none\" stroke=\"#225\" stroke-width=\"1.2\" points=\"").append(points).append("\"/>");
        page.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"11\">0 s</text><text x=\"%d\" y=\"%d\" "
                + "font-size=\"11\" text-anchor=\"end\">%d s</text></svg>", HEIGHT - 2, WIDTH - 4, HEIGHT - 2, seconds));
    }

    private static double x(int second, int seconds) {
        return seconds <= 1 ? 0 : second * (WIDTH - 1.0) / (seconds - 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
