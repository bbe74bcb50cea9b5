package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import tools.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.schema.EntitySchema;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldMap;

/**
 * {@code b24kit fields ENTITY}: the field catalog of one entity as a table (or JSON), or a starter
 * field map for it.
 */
@Command(name = "fields", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the fields of a CRM entity as the portal describes them: code, crm.item code, label, type, "
                + "flags, and allowed values as label → ID (stages per pipeline).",
            "Example:",
            "  b24kit fields deal",
            "  b24kit fields item:1030 --json",
            "  b24kit fields deal --emit-map > deal-map.yaml"})
final class FieldsCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    PortalOption portal;

    @Parameters(index = "0", paramLabel = "ENTITY",
            description = {"deal, contact, company, lead, or item:ENTITY_TYPE_ID (a smart process; its title works too)."})
    String entity;

    @Option(names = "--json", description = "Print JSON (one object per field) instead of a table.")
    boolean json;

    @Option(names = "--emit-map", description = "Print a starter field map (YAML) for the entity instead; see b24kit map check.")
    boolean emitMap;

    @Override
    public Integer call() {
        String output;
        try (PortalOption.PortalSession session = portal.open(root.launch())) {
            FieldCatalog catalog = FieldCatalog.of(session.client());
            EntitySchema schema = catalog.schema(catalog.entity(entity));
            output = emitMap ? FieldMap.starter(schema)
                    : json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(FieldTable.json(schema)) + "\n"
                    : FieldTable.text(schema);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
