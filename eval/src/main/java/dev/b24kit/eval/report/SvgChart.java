package dev.b24kit.eval.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.b24kit.eval.Telemetry;

/**
 * A small inline SVG chart: time on x, one or more series as points or lines, axes with a few ticks and a
 * legend. No script, no external asset. Series with more points than {@link #MAX_POINTS} are thinned evenly.
 */
final class SvgChart {

    static final int MAX_POINTS = 1_500;
    private static final int WIDTH = 760;
    private static final int HEIGHT = 220;
    private static final int LEFT = 56;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 34;
    private static final String[] COLOURS = {"#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4b5563"};

    private SvgChart() {
    }

    /**
     * @param lines  true to join each series' points, false for a scatter
     * @param yMax   the top of the y axis; 0 for the largest value
     */
    static String render(String label, String yUnit, List<Telemetry.Sample> samples, boolean lines, double yMax) {
        if (samples.isEmpty()) {
            return "<p class=\"empty\">" + Html.escape(label) + ": no samples in this run.</p>";
        }
        Map<String, List<Telemetry.Sample>> series = new LinkedHashMap<>();
        samples.forEach(s -> series.computeIfAbsent(s.series(), k -> new ArrayList<>()).add(s));
        double xMax = Math.max(1, samples.stream().mapToLong(Telemetry.Sample::atMillis).max().orElse(1) / 1000.0);
        double top = yMax > 0 ? yMax : Math.max(1, samples.stream().mapToDouble(Telemetry.Sample::value).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"%s\" "
                + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">", Html.escape(label), WIDTH, HEIGHT, WIDTH, HEIGHT));
        axes(svg, xMax, top, yUnit);
        int colour = 0;
        for (Map.Entry<String, List<Telemetry.Sample>> s : series.entrySet()) {
            String c = COLOURS[colour++ % COLOURS.length];
            plot(svg, thin(s.getValue()), lines, c, xMax, top);
        }
        svg.append("</svg>");
        return svg + legend(series.keySet());
    }

    private static void axes(StringBuilder svg, double xMax, double yMax, String yUnit) {
        int bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>", LEFT, TOP, LEFT, bottom));
        for (int i = 0; i <= 4; i++) {
            double value = yMax * i / 4;
            double y = y(value, yMax);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s</text>",
                    LEFT, y, WIDTH - RIGHT, y, LEFT - 4, y + 3, number(value)));
            double t = xMax * i / 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s s</text>",
                    x(t, xMax), bottom + 14, number(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"%d\" font-size=\"10\">%s</text>", TOP + 2, Html.escape(yUnit)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"10\" text-anchor=\"end\">time since the start of the run</text>",
                WIDTH - RIGHT, HEIGHT - 4));
    }

    private static void plot(StringBuilder svg, List<Telemetry.Sample> points, boolean lines, String colour, double xMax, double yMax) {
        if (lines) {
            StringBuilder path = new StringBuilder();
            for (Telemetry.Sample p : points) {
                path.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p.atMillis() / 1000.0, xMax), y(Math.min(p.value(), yMax), yMax)));
            }
            svg.append("<polyline fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(colour).append("\" points=\"")
                    .append(path.toString().strip()).append("\"/>");
        } else {
            for (Telemetry.Sample p : points) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"1.8\" fill=\"%s\" fill-opacity=\"0.6\"/>",
                        x(p.atMillis() / 1000.0, xMax), y(Math.min(p.value(), yMax), yMax), colour));
            }
        }
    }

    private static String legend(Iterable<String> names) {
        StringBuilder legend = new StringBuilder("<p class=\"legend\">");
        int colour = 0;
        for (String name : names) {
            legend.append("<span><i style=\"background:").append(COLOURS[colour++ % COLOURS.length]).append("\"></i>")
                    .append(Html.escape(name)).append("</span> ");
        }
        return legend.append("</p>").toString();
    }

    private static List<Telemetry.Sample> thin(List<Telemetry.Sample> points) {
        if (points.size() <= MAX_POINTS) {
            return points;
        }
        List<Telemetry.Sample> kept = new ArrayList<>(MAX_POINTS);
        double step = (double) points.size() / MAX_POINTS;
        for (int i = 0; i < MAX_POINTS; i++) {
            kept.add(points.get((int) (i * step)));
        }
        return kept;
    }

    private static double x(double seconds, double xMax) {
        return LEFT + (WIDTH - LEFT - RIGHT) * seconds / xMax;
    }

    private static double y(double value, double yMax) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / yMax);
    }

    private static String number(double value) {
        return value >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
