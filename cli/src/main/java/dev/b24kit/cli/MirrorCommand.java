package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.b24kit.store.Store;
import dev.b24kit.store.changes.MirrorRecord;

/**
 * {@code b24kit mirror ENTITY}: the mirror as NDJSON, one record per line, by ID, keyed by the legacy
 * codes as {@code crm.X.get} answers ({@code ID}, {@code TITLE}, {@code UF_CRM_…}) or, for a smart process
 * ({@code item:1030}), by the camel codes of {@code crm.item.get} ({@code id}, {@code title}, {@code ufCrm1_…}),
 * with the labels of the IDs in a separate {@code labels} member. Reads the store only; talks to no portal.
 */
@Command(name = "mirror", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the mirror that sync keeps: one JSON line per record, keyed as crm.X.get answers "
                + "(ID, TITLE, UF_CRM_…), or crm.item.get for a smart process (id, title, ufCrm…), with the labels of "
                + "stages, enum items and users under \"labels\"."})
final class MirrorCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 500;

    @ParentCommand
    RootCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ENTITY", converter = ChangeFlags.Entity.class,
            description = "deal, contact, company, lead or item:ENTITY_TYPE_ID (a smart process, e.g. item:1030).")
    String entity;

    @Option(names = "--portal", paramLabel = "URL", description = {
        "Whose records: the portal's URL or origin. Default: B24KIT_PORTAL, else the one portal the mirror holds."})
    String portal;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store opened = store.open(root.launch())) {
            String origin = origin(opened);
            if (origin == null) {
                spec.commandLine().getErr().println("b24kit mirror: the mirror holds no " + entity + " (run b24kit sync first)");
                spec.commandLine().getErr().flush();
                return ExitCodes.SUCCESS;
            }
            FeedLines lines = new FeedLines(spec.commandLine().getOut());
            long after = 0;
            for (List<MirrorRecord> page; !(page = opened.changes().mirror().list(origin, entity, after, PAGE)).isEmpty(); ) {
                for (MirrorRecord record : page) {
                    lines.println(line(record));
                    after = record.recordId();
                }
                lines.flush();
            }
        }
        return ExitCodes.SUCCESS;
    }

    private String origin(Store opened) {
        String given = portal != null ? portal : root.launch().portalFromEnvironment();
        if (given != null) {
            return given.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]+).*$", "$1");
        }
        List<String> portals = opened.changes().mirror().portals(entity);
        if (portals.size() > 1) {
            throw new ParameterException(spec.commandLine(), "the mirror holds " + entity + " records of "
                    + String.join(", ", portals) + ": choose one with --portal");
        }
        return portals.isEmpty() ? null : portals.getFirst();
    }

    private static String line(MirrorRecord record) {
        ObjectNode line = (ObjectNode) JSON.readTree(record.fields());
        line.set("labels", JSON.readTree(record.labels()));
        return line.toString();
    }
}
