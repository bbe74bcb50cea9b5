package dev.b24kit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.client.PlanLimits;
import dev.b24kit.eval.Eval;
import dev.b24kit.eval.EvalConfig;
import dev.b24kit.eval.EvalReport;
import dev.b24kit.eval.EventWatch;
import dev.b24kit.eval.MapResolution;
import dev.b24kit.eval.report.Reports;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.store.Store;
import dev.b24kit.store.StoreConfig;
import dev.b24kit.testportal.PortalConfig;

/**
 * {@code b24kit eval}: runs the integration eval's probes against a portal (an embedded test portal when none
 * is given), prints a progress line per probe on stderr and the summary table on stdout, and writes the
 * reports with {@code --report DIR}. Exit 0 when nothing failed, 7 when a probe failed, 2 for a bad flag.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the integration eval against a portal: connection, field map (and its drift), silent drops, "
                + "round trips of mapped fields, listing, limits, idempotency (test portal only), events. Each probe "
                + "ends pass, fail or skipped with its evidence.",
            "stdout: the summary table; stderr: a progress line per probe. Exit 7 when a probe failed."})
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PortalOption portal;

    @Option(names = "--map", paramLabel = "FILE", description = "The integration's field map (YAML, see docs/schema.md). "
            + "Default on the embedded test portal: a map of its seeded fields; elsewhere none (probes 2 and 4 are skipped).")
    Path map;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "A folder of scenario files (*.yaml), each run through the gateway's tools as its own test case "
            + "(docs/eval.md). Default on the embedded test portal: the two shipped examples (eval/scenarios); elsewhere none.")
    Path scenarios;

    @Option(names = "--read-only", description = "Write nothing (a production portal): every probe that would write is skipped with the reason.")
    boolean readOnly;

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.html, report.json and junit.xml here; the "
            + "report.json found here from the last run is what field-map drift is named against.")
    Path report;

    @Option(names = "--events-within", paramLabel = "DURATION", defaultValue = "30s", converter = ChangeFlags.Interval.class,
            description = "How long a change may take to reach the change feed (default: ${DEFAULT-VALUE}).")
    Duration eventsWithin;

    @Option(names = "--db", paramLabel = "URL|FILE", description = {"The store (write journal, change feed). Default: B24KIT_DB, "
            + "else " + StoreConfig.DEFAULT_LOCATION + "; on the embedded test portal a temporary file removed after the run."})
    String db;

    @Override
    public Integer call() throws IOException {
        FieldMap fieldMap = loadMap();
        if (scenarios != null && !Files.isDirectory(scenarios)) {
            throw new ParameterException(spec.commandLine(), "--scenarios: " + scenarios + " is not a folder");
        }
        Launch launch = root.launch();
        PrintWriter err = spec.commandLine().getErr();
        PortalConfig embedded = launch.embeddedPortal().withData(2_000, 500, 200, 300);
        try (PortalOption.PortalSession session = portal.open(launch, embedded)) {
            String webhook = session.embedded() != null ? session.embedded().webhookUrl().toString()
                    : portal.url != null ? portal.url : launch.portalFromEnvironment();
            if (fieldMap == null && session.embedded() != null) {
                fieldMap = EvalConfig.testPortalMap();
                err.println("b24kit eval: no --map given; using the map of the test portal's seeded fields (docs/eval.md)");
            }
            Path temporary = session.embedded() != null && db == null && launch.dbFromEnvironment() == null
                    ? Files.createTempDirectory("b24kit-eval") : null;
            Path examples = null;
            if (scenarios == null && session.embedded() != null) {
                examples = EvalConfig.exampleScenarios(Files.createTempDirectory("b24kit-eval-scenarios"));
                err.println("b24kit eval: no --scenarios given; running the shipped example scenarios (eval/scenarios)");
            }
            try (Store store = openStore(launch, temporary)) {
                EvalReport result = run(launch, session, webhook, fieldMap, store, examples != null ? examples : scenarios, err);
                return finish(result, err);
            } finally {
                delete(temporary);
                delete(examples);
            }
        }
    }

    private EvalReport run(Launch launch, PortalOption.PortalSession session, String webhook, FieldMap fieldMap, Store store,
                           Path scenarios, PrintWriter err) {
        MapResolution previous = report == null ? MapResolution.NONE : Reports.previousResolution(report);
        EvalConfig config = EvalConfig.of(webhook, store, portal.origin(launch, session))
                .withPlan(PlanLimits.parse(portal.plan)).withFieldMap(fieldMap, previous).withReadOnly(readOnly)
                .withEvents(new EventWatch.Automatic(eventsWithin)).withScenarios(scenarios, null);
        err.flush();
        return Eval.run(config, new EvalLines(err, launch.stderrIsTerminal()));
    }

    private int finish(EvalReport result, PrintWriter err) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(Reports.summaryTable(result));
        out.flush();
        if (report != null) {
            Reports.write(result, report);
            err.println("b24kit eval: wrote " + Reports.HTML + ", " + Reports.JSON + " and " + Reports.JUNIT + " to " + report);
        }
        err.println(String.format(Locale.ROOT, "b24kit eval: %s", result.passed() ? "nothing failed" : "the eval found failures"));
        err.flush();
        return result.passed() ? ExitCodes.SUCCESS : ExitCodes.EVAL_FAILED;
    }

    private FieldMap loadMap() {
        if (map == null) {
            return null;
        }
        try {
            return FieldMap.load(map);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--map: cannot read " + map + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--map " + map + ": " + e.getMessage());
        }
    }

    private Store openStore(Launch launch, Path temporary) {
        if (temporary != null) {
            return Store.open(StoreConfig.of(temporary.resolve("eval.db").toString()));
        }
        StoreOption option = new StoreOption();
        option.location = db;
        return option.open(launch);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
