package dev.b24kit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.schema.FieldMap;
import dev.b24kit.schema.FieldMapCheck;

/** {@code b24kit map check FILE}: resolves a field map against a portal; exits 1 when an entry does not resolve. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Field maps: an integration's own names for the portal fields it uses (see docs/schema.md).",
        subcommands = MapCommand.Check.class)
final class MapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use b24kit map check FILE");
    }

    @Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Resolve every entry of a field map against the portal and print one line per entry; "
                    + "exit 1, listing each broken entry with the closest candidates, when any does not resolve.",
                "Example:",
                "  b24kit fields deal --emit-map > map.yaml && b24kit map check map.yaml"})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        MapCommand map;

        @Mixin
        PortalOption portal;

        @Parameters(index = "0", paramLabel = "FILE", description = "The field map (YAML).")
        Path file;

        @Override
        public Integer call() {
            FieldMap fieldMap;
            try {
                fieldMap = FieldMap.load(file);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
            }
            FieldMapCheck check;
            try (PortalOption.PortalSession session = portal.open(map.root.launch())) {
                check = fieldMap.check(FieldCatalog.of(session.client()));
            }
            PrintWriter out = spec.commandLine().getOut();
            for (FieldMapCheck.Outcome outcome : check.entries()) {
                out.println(switch (outcome) {
                    case FieldMapCheck.Resolved r -> "ok      " + r.entry().name() + " → " + r.field().upper() + " / "
                            + r.field().camel() + " (" + r.field().title() + ")";
                    case FieldMapCheck.Broken b -> "BROKEN  " + b.entry().name() + ": " + b.problem()
                            + (b.candidates().isEmpty() ? "" : "; closest: " + String.join(", ", b.candidates()));
                });
            }
            out.flush();
            if (check.ok()) {
                return ExitCodes.SUCCESS;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("b24kit map check: " + check.broken().size() + " of " + check.entries().size()
                    + " entries do not resolve");
            err.flush();
            return ExitCodes.FAILURE;
        }
    }
}
