package dev.b24kit.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A bad flag or argument of a subcommand as one stderr line that names the flag, the value and what
 * is accepted, with exit code 2 (scripts read stdout for data and must not get a usage page). The
 * root command keeps picocli's default handling (the error and the command list).
 */
final class OneLineErrors implements IParameterExceptionHandler {

    private final IParameterExceptionHandler fallback;

    OneLineErrors(IParameterExceptionHandler fallback) {
        this.fallback = fallback;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) throws Exception {
        CommandLine where = error.getCommandLine();
        if (where.getCommandSpec().userObject() instanceof RootCommand) {
            return fallback.handleParseException(error, args);
        }
        String name = where.getCommandSpec().qualifiedName(" ").replaceFirst("^b24kit ", ""); // "map check"
        String message = error.getMessage().replaceAll("\\s+", " ").strip();
        where.getErr().println("b24kit " + name + ": " + message + " (see b24kit " + name + " --help)");
        where.getErr().flush();
        return ExitCodes.USAGE;
    }
}
