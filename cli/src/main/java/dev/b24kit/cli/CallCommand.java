package dev.b24kit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import tools.jackson.databind.json.JsonMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import dev.b24kit.client.CallResult;
import dev.b24kit.client.Params;

/**
 * {@code b24kit call METHOD [KEY=VALUE…]}: one REST call through the client (limits, retries, the
 * portal's errors as messages); its {@code result} as indented JSON on stdout, {@code total} and
 * {@code next} of a list page on stderr.
 */
@Command(name = "call", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Call one REST method and print its result as JSON on stdout.",
            "Parameters are KEY=VALUE in PHP's bracket form, as the portal reads them: "
                    + "id=42, filter[>ID]=5, select[]=ID select[]=TITLE, fields[TITLE]=New.",
            "Example:",
            "  b24kit call crm.deal.list 'filter[>ID]=5' 'select[]=ID' 'select[]=TITLE'"})
final class CallCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @ParentCommand
    RootCommand root;

    @Mixin
    PortalOption portal;

    @Parameters(index = "0", paramLabel = "METHOD", description = "The REST method, e.g. crm.deal.get.")
    String method;

    @Parameters(index = "1..*", paramLabel = "KEY=VALUE", description = "The method's parameters.")
    List<String> parameters = new ArrayList<>();

    @Override
    public Integer call() {
        Params params;
        try {
            params = Params.parse(parameters);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        CallResult answer;
        try (PortalOption.PortalSession session = portal.open(root.launch())) {
            answer = session.client().call(method, params);
        } catch (IllegalArgumentException e) { // a method name or a call the client cannot send (batch)
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer.result()));
        out.flush();
        if (answer.total().isPresent() || answer.next().isPresent()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("b24kit call: total " + answer.total().orElse(0)
                    + (answer.next().isPresent() ? ", next " + answer.next().getAsLong() : ", no next page"));
            err.flush();
        }
        return ExitCodes.SUCCESS;
    }
}
