package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class RootCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void helpPrintsTheCommandListToStdout() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: b24kit").contains("--version");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsTheCommandsAndTheExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("export ", "call ", "fields ", "map ", "gateway ", "eval ", "trust ", "testportal ", "Exit codes")
                .containsPattern("(?m)^ +6 +outcome unknown").containsPattern("(?m)^ +2 +usage error")
                .containsPattern("(?m)^ +7 +the eval found failures");
    }

    @Test
    void everyCommandsHelpListsTheExitCodes() {
        for (String[] command : new String[][] {{"export"}, {"call"}, {"fields"}, {"map"}, {"map", "check"}, {"gateway"}, {"eval"}, {"testportal"}}) {
            out.getBuffer().setLength(0);
            String[] help = java.util.Arrays.copyOf(command, command.length + 1);
            help[command.length] = "--help";
            assertThat(run(help)).isZero();
            assertThat(out.toString()).as(String.join(" ", command)).contains("Exit codes").containsPattern("(?m)^ +6 +outcome unknown");
        }
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("b24kit 0.1.0-SNAPSHOT");
    }

    @Test
    void withoutASubcommandPrintsUsageToStderrAndExitsWithTheUsageCode() {
        assertThat(run()).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("Usage: b24kit");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(run("--frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
    }
}
