package dev.b24kit.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code b24kit}: the root command. Without a subcommand it prints the command list and exits 2. Its
 * help describes the commands that exist in this build and nothing more; name a part here when it lands.
 */
@Command(
        name = "b24kit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Tools for Bitrix24 CRM integrations. Available: a Bitrix24 test portal (an emulator) "
                + "to run and test integrations against on this machine.",
        subcommands = {TestPortalCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure (e.g. the test portal could not start)",
            "2:usage error (unknown command or option, bad value)",
            "3:no JDK 21 or newer found, or the jar could not be built (the ./b24kit launcher)"})
final class RootCommand implements Callable<Integer> {

    static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE_ERROR;
    }
}
