package dev.b24kit.cli;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.writes.Change;
import dev.b24kit.writes.Receipt;

/** {@code b24kit write ENTITY ID Field=Value…}: a verified update, its receipt on stdout. */
@Command(name = "write", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Update a record, read it back and compare field by field: a person's deliberate write, made "
                + "even when the portal is in observe mode. Fields by label or code, values as people say them "
                + "(labels of lists and stages, 250000 USD, 2026-03-01, yes/no). Field= clears a field.",
            "Prints the receipt: confirmed (exit 0), refused before any write (4), drifted (5), unknown (6).",
            "Example:",
            "  b24kit write deal 42 'Стадия сделки=В работе' 'Client budget=250000 USD'"})
final class WriteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    WriteTarget target;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "deal, contact, company, lead, or item:ENTITY_TYPE_ID.")
    String entity;

    @Parameters(index = "1", paramLabel = "ID", description = "The record's ID.")
    long id;

    @Parameters(index = "2..*", paramLabel = "Field=Value", description = "The fields to set.")
    List<String> fields;

    @Option(names = "--pipeline", paramLabel = "PIPELINE", description = "The pipeline (name or ID) stage names are looked up in.")
    String pipeline;

    @Option(names = "--if-unchanged-since", paramLabel = "MOMENT",
            description = "Write only if DATE_MODIFY is not later than this ISO moment (2026-03-01T10:00:00+03:00).")
    OffsetDateTime unchangedSince;


    @Option(names = "--json", description = "Print the receipt as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Change change = Change.update(entity, id, FieldValues.parse(fields, spec)).inPipeline(pipeline);
        if (unchangedSince != null) {
            change = change.ifUnchangedSince(unchangedSince);
        }
        Receipt receipt;
        try (WriteSession session = target.open(root.launch())) {
            receipt = session.writes().apply(change);
        }
        return ReceiptOutput.print(receipt, json, spec.commandLine().getOut());
    }
}
