package dev.b24kit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import picocli.CommandLine;

/** One in-process run of the b24kit command line, with its exit code, stdout and stderr. */
record CommandRun(int exitCode, String stdout, String stderr) {

    static CommandRun run(Launch launch, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(launch);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** A run of {@code args} followed by {@code --portal URL}. */
    static CommandRun runAgainst(Launch launch, java.net.URI portal, String... args) {
        String[] full = java.util.Arrays.copyOf(args, args.length + 2);
        full[args.length] = "--portal";
        full[args.length + 1] = portal.toString();
        return run(launch, full);
    }

    List<String> stdoutLines() {
        return stdout.lines().toList();
    }

    List<String> stderrLines() {
        return stderr.lines().toList();
    }
}
