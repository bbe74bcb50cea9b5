package dev.b24kit.eval.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import tools.jackson.core.JacksonException;

import dev.b24kit.eval.EvalReport;
import dev.b24kit.eval.MapResolution;
import dev.b24kit.eval.ProbeResult;

/**
 * Writes an eval's reports and reads what the next run needs from the last one. Stateless and thread-safe.
 *
 * <ul>
 *   <li>{@value #HTML}: one self-contained page (summary, each probe with its evidence, charts as inline SVG);</li>
 *   <li>{@value #JSON}: the whole report, including the field map's resolution that the next run compares with
 *       to name drift;</li>
 *   <li>{@value #JUNIT}: one test case per probe, for CI.</li>
 * </ul>
 * Each file is written to a temporary name and moved into place, so a reader never sees half a report.
 */
public final class Reports {

    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String JUNIT = "junit.xml";

    private Reports() {
    }

    /** Writes the three files into {@code folder} (created when missing). @throws IOException when a file cannot be written */
    public static void write(EvalReport report, Path folder) throws IOException {
        Files.createDirectories(folder);
        place(folder, HTML, HtmlReport.render(report));
        place(folder, JSON, JsonReport.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JsonReport.tree(report)) + "\n");
        place(folder, JUNIT, JunitReport.render(report));
    }

    /**
     * The field map's resolution kept in {@code folder/report.json} by the last run; {@link MapResolution#NONE}
     * when there is no such file or it cannot be read (the drift check then has nothing to compare with).
     */
    public static MapResolution previousResolution(Path folder) {
        Path file = folder.resolve(JSON);
        if (!Files.isRegularFile(file)) {
            return MapResolution.NONE;
        }
        try {
            return JsonReport.resolution(JsonReport.JSON.readTree(Files.readString(file)));
        } catch (IOException | JacksonException e) {
            return MapResolution.NONE;
        }
    }

    /** The summary table for a terminal: one row per probe, then the totals. */
    public static String summaryTable(EvalReport report) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-3s %-28s %-8s %7s  %s%n", "#", "PROBE", "STATUS", "TIME", "SUMMARY"));
        for (ProbeResult p : report.probes()) {
            // a scenario's title can be long: cut to the column (the reports carry it whole)
            String title = p.title().length() > 28 ? p.title().substring(0, 27) + "…" : p.title();
            table.append(String.format(Locale.ROOT, "%-3d %-28s %-8s %6.1fs  %s%n", p.number(), title, p.status(),
                    p.duration().toMillis() / 1000.0, p.summary()));
        }
        table.append(String.format(Locale.ROOT, "%d passed, %d failed, %d skipped in %.1f s%n",
                report.count(dev.b24kit.eval.ProbeStatus.PASS), report.count(dev.b24kit.eval.ProbeStatus.FAIL),
                report.count(dev.b24kit.eval.ProbeStatus.SKIPPED), report.duration().toMillis() / 1000.0));
        return table.toString();
    }

    private static void place(Path folder, String name, String content) throws IOException {
        Path temporary = folder.resolve("." + name + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
