package dev.b24kit.cli;

import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import dev.b24kit.client.Bitrix24Exception;
import dev.b24kit.client.OutcomeUnknown;
import dev.b24kit.schema.SchemaRefusal;

/**
 * A command that failed, as one stderr line ({@code b24kit export: crm.deal.list: …; what to do})
 * and its exit code: 6 when a write's outcome is unknown, 1 for every other failure. The client's
 * messages carry no webhook secret or token; the stack trace goes to the debug log only.
 */
final class OneLineFailures implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OneLineFailures.class);

    @Override
    public int handleExecutionException(Exception failure, CommandLine where, ParseResult parsed) {
        LOG.debug("b24kit {} failed", where.getCommandName(), failure);
        String message = failure instanceof Bitrix24Exception || failure instanceof UncheckedIOException
                || failure instanceof SchemaRefusal || failure instanceof IllegalArgumentException
                ? failure.getMessage()
                : failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        where.getErr().println(where.getCommandSpec().qualifiedName(" ") + ": " + message.replaceAll("\\s+", " ").strip());
        where.getErr().flush();
        return failure instanceof OutcomeUnknown ? ExitCodes.OUTCOME_UNKNOWN : ExitCodes.FAILURE;
    }
}
