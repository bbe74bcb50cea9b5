package dev.b24kit.cli;

import picocli.CommandLine;

/**
 * Entry point of the runnable jar. The only place in b24kit that reads the process environment and
 * calls {@link System#exit}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The fully wired command line, also used by tests to run commands in-process. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RootCommand())
                .setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(new OneLineErrors(commandLine.getParameterExceptionHandler()));
        return commandLine;
    }
}
