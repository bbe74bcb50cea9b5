package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.store.policy.WriteMode;
import dev.b24kit.writes.Actor;
import dev.b24kit.writes.PolicyStatus;

/** {@code b24kit policy [observe|live]}: show or set the portal's write policy. */
@Command(name = "policy", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show the portal's write policy, or set it. In observe mode (the default for a portal b24kit has "
                + "not seen before) an agent's writes become proposals; after 7 days b24kit offers to go live. A "
                + "person's own write or create always goes through. The change is audited.",
            "Example:",
            "  b24kit policy",
            "  b24kit policy live --by anna"})
final class PolicyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    WriteTarget target;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODE", description = "observe or live; without it, show the policy.")
    WriteMode mode;


    @Override
    public Integer call() {
        PolicyStatus status;
        try (WriteSession session = target.open(root.launch())) {
            status = mode == null ? session.writes().approvals().policy()
                    : session.writes().approvals().setPolicy(mode, Actor.person(target.by));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(status.portal() + ": " + status.mode().name().toLowerCase(java.util.Locale.ROOT) + " since " + status.since()
                + (status.mode() == WriteMode.LIVE ? ""
                : status.offerLive() ? "; the observe period has passed: go live with 'b24kit policy live'"
                : "; " + status.remaining().toDays() + " days of observing left before b24kit offers to go live"));
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
