package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./b24kit} launcher script, run as a real process. */
class LauncherTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void saysInOneLineThatNoJdk21WasFoundAndExitsNonZero(@TempDir Path jvmDir) throws Exception {
        Path fakeJdk17 = fakeJdk(jvmDir.resolve("jdk-17"), "17");

        Result result = runLauncher(Map.of(
                "JAVA_HOME", fakeJdk17.toString(),
                "PATH", toolsWithoutJava(jvmDir.resolve("tools")).toString(),
                "B24KIT_JDK_DIRS", jvmDir.toString()));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().strip().lines()).hasSize(1);
        assertThat(result.stderr()).contains("no JDK 21 or newer found").contains("JAVA_HOME");
    }

    /** A PATH directory with the shell tools the launcher uses, and no java. */
    private static Path toolsWithoutJava(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String tool : List.of("sed", "head", "dirname", "readlink", "ls", "sort", "tr", "find")) {
            for (String bin : List.of("/usr/bin/", "/bin/")) {
                if (Files.isExecutable(Path.of(bin + tool))) {
                    Files.createSymbolicLink(dir.resolve(tool), Path.of(bin + tool));
                    break;
                }
            }
        }
        return dir;
    }

    /** A directory that looks like a JDK whose java reports the given specification version. */
    private static Path fakeJdk(Path home, String major) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        String script = "#!/bin/sh\necho '    java.specification.version = " + major + "' >&2\n";
        for (String tool : List.of("java", "javac")) {
            Path file = Files.writeString(bin.resolve(tool), script, StandardCharsets.UTF_8);
            assertThat(file.toFile().setExecutable(true)).isTrue();
        }
        return home;
    }

    private static Result runLauncher(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", ROOT.resolve("b24kit").toString(), "--help");
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
