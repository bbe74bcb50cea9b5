package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.store.proposals.Proposal;
import dev.b24kit.store.proposals.ProposalState;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.Approvals;

/** {@code b24kit proposals [list|show ID|approve ID|reject ID]}: the writes observe mode proposed. */
@Command(name = "proposals", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"List, show, approve or reject the writes an agent proposed while the portal is in observe mode. "
                + "An approved proposal is applied as a verified write and its receipt kept with it; every decision "
                + "goes to the append-only audit log with who made it.",
            "Exit codes of approve are those of write: 0 confirmed, 4 refused, 5 drifted, 6 unknown.",
            "Example:",
            "  b24kit proposals",
            "  b24kit proposals approve 01J… --by anna"})
final class ProposalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    WriteTarget target;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ACTION", defaultValue = "list",
            description = "list (the default), show, approve or reject.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID", description = "The proposal (show, approve, reject).")
    String id;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "OPEN", description = "What list shows: open, approved, rejected or applied. Default: open.")
    ProposalState state;


    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (!List.of("list", "show", "approve", "reject").contains(action)) {
            throw new ParameterException(spec.commandLine(), "unknown action '" + action + "'; expected list, show, approve or reject");
        }
        if (!action.equals("list") && id == null) {
            throw new ParameterException(spec.commandLine(), action + " needs a proposal ID");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (WriteSession session = target.open(root.launch())) {
            Approvals approvals = session.writes().approvals();
            switch (action) {
                case "list" -> approvals.list(state).forEach(p -> out.println(json ? ProposalOutput.json(p) : ProposalOutput.line(p)));
                case "show" -> out.println(json ? ProposalOutput.json(find(approvals)) : ProposalOutput.details(find(approvals)));
                case "approve" -> {
                    return ReceiptOutput.print(approvals.approve(id, Actor.person(target.by)), json, out);
                }
                default -> out.println(ProposalOutput.line(approvals.reject(id, Actor.person(target.by))));
            }
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private Proposal find(Approvals approvals) {
        return approvals.find(id).orElseThrow(() -> new IllegalArgumentException("no proposal " + id + " for this portal"));
    }
}
