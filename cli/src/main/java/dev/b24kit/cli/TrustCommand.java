package dev.b24kit.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.gateway.page.Catch;
import dev.b24kit.gateway.page.TrustReport;
import dev.b24kit.store.Store;

/** {@code b24kit trust}: what b24kit caught, per UTC day and in total, from the store. */
@Command(name = "trust", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print what b24kit caught, per UTC day and in total, counted from the store: writes refused "
                + "before the portal could silently drop them (and by which field), writes read back as drifted, "
                + "duplicate creates prevented, outcome-unknown writes resolved, events lost and recovered by the "
                + "reconciler, and limit waits absorbed instead of errors. The trust page and /metrics "
                + "show the same numbers.",
            "Example:",
            "  b24kit trust",
            "  b24kit trust --db jdbc:postgresql://db/b24kit?user=b24kit --json"})
final class TrustCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    StoreOption store;

    @Option(names = "--origin", paramLabel = "ORIGIN", description = "Only this portal (https://example.bitrix24.ru); default: every portal in the store.")
    String origin;

    @Option(names = "--json", description = "One JSON object: total, refusedByField, days.")
    boolean json;

    @Override
    public Integer call() {
        TrustReport report;
        try (Store opened = store.open(root.launch())) {
            report = TrustReport.of(opened, origin, Instant.EPOCH, root.launch().clock().instant().plusMillis(1));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(report.toJson());
        } else {
            print(report, out);
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private static void print(TrustReport report, PrintWriter out) {
        StringBuilder header = new StringBuilder(String.format("%-10s", "day"));
        for (Catch kind : Catch.values()) {
            header.append(String.format(" %" + width(kind) + "s", kind.slug()));
        }
        out.println(header);
        for (Map.Entry<LocalDate, Map<Catch, Long>> day : report.days().entrySet()) {
            out.println(row(day.getKey().toString(), day.getValue()));
        }
        out.println(row("total", report.totals()));
        if (!report.refusedByField().isEmpty()) {
            out.println();
            out.println("refused, by field:");
            report.refusedByField().forEach((field, n) -> out.println(String.format("  %6d  %s", n, field)));
        }
    }

    private static String row(String label, Map<Catch, Long> counts) {
        StringBuilder line = new StringBuilder(String.format("%-10s", label));
        for (Catch kind : Catch.values()) {
            line.append(String.format(" %" + width(kind) + "d", counts.getOrDefault(kind, 0L)));
        }
        return line.toString();
    }

    private static int width(Catch kind) {
        return Math.max(6, kind.slug().length());
    }
}
