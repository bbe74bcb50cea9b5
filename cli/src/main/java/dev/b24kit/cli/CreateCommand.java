package dev.b24kit.cli;

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

/** {@code b24kit create ENTITY --key KEY Field=Value…}: an idempotent, verified create. */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Create a record under an idempotency key, read it back and compare. The key goes into the record "
                + "(ORIGIN_ID) and the write journal before the call: running the same command again never creates a "
                + "second record, it adopts the first (exit 0); a key reused with other fields is refused (4).",
            "Prints the receipt: confirmed or adopted (exit 0), refused before any write (4), drifted (5), unknown (6).",
            "Example:",
            "  b24kit create deal --key order-1182 TITLE='Order 1182' 'Client budget=1500 RUB'"})
final class CreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    WriteTarget target;

    @Parameters(index = "0", paramLabel = "ENTITY", description = "deal, contact, company, lead, or item:ENTITY_TYPE_ID.")
    String entity;

    @Parameters(index = "1..*", paramLabel = "Field=Value", description = "The fields of the new record.")
    List<String> fields;

    @Option(names = "--key", paramLabel = "KEY", required = true,
            description = "The idempotency key: the same key means the same record (an order number, a message ID).")
    String key;

    @Option(names = "--pipeline", paramLabel = "PIPELINE", description = "The pipeline (name or ID) stage names are looked up in.")
    String pipeline;


    @Option(names = "--json", description = "Print the receipt as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Change change = Change.create(entity, FieldValues.parse(fields, spec), key).inPipeline(pipeline);
        Receipt receipt;
        try (WriteSession session = target.open(root.launch())) {
            receipt = session.writes().apply(change);
        }
        return ReceiptOutput.print(receipt, json, spec.commandLine().getOut());
    }
}
