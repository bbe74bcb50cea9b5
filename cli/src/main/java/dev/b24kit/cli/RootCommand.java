package dev.b24kit.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code b24kit}: the root command. Without a subcommand it prints the command list and exits 2. */
@Command(
        name = "b24kit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Tools for Bitrix24 CRM integrations. Available: a client that stays inside the portal's "
                + "limits (call, export), the field catalog and field maps (fields, map check), verified and "
                + "idempotent writes with observe mode (write, create, proposals, policy), change tracking (sync, "
                + "mirror, changes), the MCP gateway for AI agents (gateway), what b24kit caught (trust), an integration eval with reports (eval), and a Bitrix24 test portal (an emulator) to run and test integrations against on "
                + "this machine.",
        subcommands = {ExportCommand.class, CallCommand.class, FieldsCommand.class, MapCommand.class,
            WriteCommand.class, CreateCommand.class, ProposalsCommand.class, PolicyCommand.class,
            SyncCommand.class, MirrorCommand.class, ChangesCommand.class, GatewayCommand.class, TrustCommand.class, EvalCommand.class, TestPortalCommand.class})
final class RootCommand implements Callable<Integer> {

    private final Launch launch;

    @Spec
    CommandSpec spec;

    RootCommand(Launch launch) {
        this.launch = launch;
    }

    /** What the subcommands learn from the process around them. */
    Launch launch() {
        return launch;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
