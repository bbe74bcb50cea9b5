package dev.b24kit.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

import picocli.CommandLine;

import dev.b24kit.store.StoreConfig;

import dev.b24kit.testportal.PortalConfig;

/**
 * Entry point of the runnable jar. The only place in b24kit that reads the process environment and
 * calls {@link System#exit}.
 */
public final class Main {

    /**
     * The test portal {@code call} and {@code export} start when no portal URL is given: seed 1, the
     * standard plan and real-time latency like a cloud portal, and enough deals that an export shows
     * keyset listing in parallel ID ranges at work; the other tables are smaller, as seeding time grows
     * with every row.
     */
    static final PortalConfig EMBEDDED_PORTAL = PortalConfig.defaults().withData(50_000, 10_000, 2_000, 5_000);

    private Main() {
    }

    public static void main(String[] args) {
        Launch launch = new Launch(System.getenv("B24KIT_PORTAL"), EMBEDDED_PORTAL, stderrIsTerminal(),
                InstantSource.system(), System.getenv(StoreConfig.ENVIRONMENT_VARIABLE), System.getenv("B24KIT_GATEWAY_TOKEN"),
                System.getenv("B24KIT_REDIS"), System.getenv("B24KIT_APP_TOKEN"));
        CommandLine commandLine = commandLine(launch);
        // stdout carries data: UTF-8 whatever the locale, buffered (NDJSON exports write many lines)
        commandLine.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)));
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(code);
    }

    /** The command line without a portal in the environment and with the default embedded portal. */
    static CommandLine commandLine() {
        return commandLine(new Launch(null, EMBEDDED_PORTAL, false, InstantSource.system()));
    }

    /** The fully wired command line, also used by tests to run commands in-process. */
    static CommandLine commandLine(Launch launch) {
        CommandLine commandLine = new CommandLine(new RootCommand(launch))
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new OneLineErrors(commandLine.getParameterExceptionHandler()));
        commandLine.setExecutionExceptionHandler(new OneLineFailures());
        listExitCodes(commandLine);
        return commandLine;
    }

    private static void listExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes (the same in every command):%n")
                .exitCodeList(ExitCodes.help());
        command.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /**
     * Whether stderr (where progress goes) is a terminal. {@link System#console()} answers for stdin
     * and stdout, so {@code b24kit export deals > deals.ndjson} would lose its progress bar; on Linux
     * the file descriptor itself says.
     */
    private static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd2)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | SecurityException e) {
            // not Linux, or not allowed to look: fall back to the console
        }
        return System.console() != null;
    }
}
