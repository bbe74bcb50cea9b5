package dev.b24kit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.listing.ListQuery;
import dev.b24kit.client.listing.Page;
import dev.b24kit.client.listing.PageIterator;

/**
 * {@code b24kit export ENTITY}: every row of a CRM list as NDJSON, through the client's keyset
 * listing (chains of uncounted pages inside {@code batch}, parallel ID ranges when the table is large),
 * so each row is written exactly once and the portal never counts per page.
 *
 * <p>The total for the progress line comes from one counted request ({@code start=0},
 * {@code select[]=ID}) sent beside the export: the only COUNT of the run, about what one page of an
 * offset listing costs, and off the export's critical path. When it fails or is late, progress shows
 * no ETA.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Export every row of a CRM list as NDJSON (one JSON object per line, as the portal returns it) "
                + "to stdout or --out FILE; progress on stderr.",
            "Rows are listed by ID in uncounted keyset pages, 2,500 per request, in parallel ID ranges on large "
                    + "tables: each row exactly once, in no particular order across ranges (--shards 1 for ID order).",
            "Examples:",
            "  b24kit export deals > /tmp/deals.ndjson",
            "  b24kit export deals --select ID,TITLE --filter '>OPPORTUNITY=1000'",
            "  b24kit export item:1030 --out /tmp/contracts.ndjson"})
final class ExportCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ExportCommand.class);

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Parameters(index = "0", paramLabel = "ENTITY", converter = ExportFlags.TargetName.class,
            description = {"deals, contacts, companies, leads, or item:ENTITY_TYPE_ID,",
                "e.g. item:2 (deals through crm.item.list) or item:1030",
                "(a smart process; its ID is in crm.type.list)."})
    ExportFlags.Target target;

    @Mixin
    PortalOption portal;

    @Option(names = "--select", split = ",", paramLabel = "FIELD",
            description = "Fields to export, comma-separated (default: the method's default; the ID is always included).")
    List<String> select = new ArrayList<>();

    @Option(names = "--filter", paramLabel = "[OP]FIELD=VALUE", converter = ExportFlags.ConditionSpec.class,
            description = {"A condition: the list method's filter key with its operator prefix; repeatable, all "
                    + "must hold.",
                "Operators: = ! != > >= < <= % =% %= !% !=% !%= @ !@",
                "(@ and !@: in, not in; comma-separated values). Examples:",
                "STAGE_ID=WON  '>OPPORTUNITY=1000'  '@STAGE_ID=NEW,WON'"})
    List<ExportFlags.Condition> filters = new ArrayList<>();

    @Option(names = "--shards", paramLabel = "N", converter = ExportFlags.Shards.class,
            description = "Parallel ID ranges, 1.." + ListQuery.MAX_SHARDS + " (default: automatic, from the span of IDs).")
    int shards;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead of stdout; it appears only when the export is complete.")
    Path out;

    @Override
    public Integer call() {
        ListQuery query = query();
        PrintWriter err = spec.commandLine().getErr();
        try (NdjsonOutput output = out == null ? NdjsonOutput.stdout(spec.commandLine().getOut()) : NdjsonOutput.file(out);
             PortalOption.PortalSession session = portal.open(root.launch())) {
            Bitrix24Client client = session.client();
            err.println("b24kit export: " + target.label() + " (" + target.method() + ") from " + client.portal()
                    + " to " + output.destination());
            err.flush();
            Launch launch = root.launch();
            Progress progress = new Progress(err, launch.stderrIsTerminal(), launch.clock(), "b24kit export: ",
                    target.label());
            Thread counter = countInBackground(client, query, progress);
            try {
                try (PageIterator pages = client.pages(target.method(), query)) { // a sharded listing holds threads
                    copy(pages, output, progress);
                }
                output.complete();
            } catch (RuntimeException e) {
                progress.abandon();
                throw e;
            } finally {
                counter.interrupt();
            }
            progress.finish(output.destination());
        }
        return ExitCodes.SUCCESS;
    }

    private ListQuery query() {
        Map<String, Object> filter = new LinkedHashMap<>();
        for (ExportFlags.Condition condition : filters) {
            if (filter.put(condition.key(), condition.value()) != null) {
                throw new ParameterException(spec.commandLine(), "--filter: " + condition.key()
                        + " is given twice; use one condition per key (@FIELD=A,B for either of two values)");
            }
        }
        ListQuery.Builder query = target.query().shards(shards)
                .select(select.stream().map(String::strip).filter(field -> !field.isEmpty()).toList());
        filter.forEach(query::filter);
        return query.build();
    }

    private static void copy(PageIterator pages, NdjsonOutput output, Progress progress) {
        while (pages.hasNext()) {
            Page page = pages.next();
            output.write(page.rows());
            progress.advance(page.rows().size());
        }
    }

    /**
     * Asks for the total (one counted page of IDs, {@code start=0}) on a virtual thread, for the ETA.
     * A failure only costs the ETA: the export itself reports what is wrong with the query.
     */
    private Thread countInBackground(Bitrix24Client client, ListQuery query, Progress progress) {
        return Thread.ofVirtual().name("b24kit-export-total").start(() -> {
            try {
                progress.total(client.count(target.method(), query));
            } catch (RuntimeException e) {
                LOG.debug("no total for the progress line: {}", e.toString());
            }
        });
    }
}
