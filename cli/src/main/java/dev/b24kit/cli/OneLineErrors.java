package dev.b24kit.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Bad flags of {@code b24kit testportal} as one stderr line that names the flag, the value and what
 * is accepted, with exit code 2 (scripts read stdout for the URL and must not get a usage page).
 * Other commands keep picocli's default handling.
 */
final class OneLineErrors implements IParameterExceptionHandler {

    private final IParameterExceptionHandler fallback;

    OneLineErrors(IParameterExceptionHandler fallback) {
        this.fallback = fallback;
    }

    @Override
    public int handleParseException(ParameterException error, String[] args) throws Exception {
        CommandLine where = error.getCommandLine();
        if (!(where.getCommandSpec().userObject() instanceof TestPortalCommand)) {
            return fallback.handleParseException(error, args);
        }
        String message = error.getMessage().replaceAll("\\s+", " ").strip();
        where.getErr().println("b24kit testportal: " + message + " (see b24kit testportal --help)");
        where.getErr().flush();
        return RootCommand.USAGE_ERROR;
    }
}
