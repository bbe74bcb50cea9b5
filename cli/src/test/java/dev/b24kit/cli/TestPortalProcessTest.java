package dev.b24kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code b24kit testportal} as a real process: URL on stdout, serves, stops cleanly on SIGTERM. */
class TestPortalProcessTest {

    // blocking stream readers get threads of their own (the common pool may have a single thread)
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void printsTheWebhookUrlFirstServesItAndStopsCleanlyOnSigterm() throws Exception {
        Process process = start("--port", "0", "--latency", "none", "--plan", "unlimited", "--deals", "0",
                "--contacts", "0", "--companies", "0", "--leads", "0");
        Future<String> stderr = readers.submit(() -> readAll(process));
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String url = readers.submit(() -> readLine(stdout)).get(120, TimeUnit.SECONDS);

            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/rest/1/[a-z0-9]{16}/");
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "server.time")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).startsWith("{\"result\":\"");

            process.toHandle().destroy(); // SIGTERM, leaving our ends of the pipes open
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stdout.readLine()).isNull(); // nothing but the URL on stdout
            String log = stderr.get(30, TimeUnit.SECONDS);
            assertThat(log).contains("admin API", "/_testportal/", "stopped");
            assertThat(log).doesNotContain("SLF4J"); // a logging provider is bound: no "No SLF4J providers"
            assertThat(log).doesNotContain(url.replaceAll(".*/rest/1/([a-z0-9]+)/", "$1"));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void printsTheCertificatePathOnStderrWithHttps() throws Exception {
        Process process = start("--https", "--latency", "none", "--deals", "0", "--contacts", "0", "--companies", "0",
                "--leads", "0");
        Future<String> stderr = readers.submit(() -> readAll(process));
        try {
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String url = readers.submit(() -> readLine(stdout)).get(120, TimeUnit.SECONDS);
            assertThat(url).startsWith("https://127.0.0.1:");
            process.toHandle().destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
            assertThat(stderr.get(30, TimeUnit.SECONDS)).containsPattern("certificate +/\\S+\\.pem");
        } finally {
            process.destroyForcibly();
        }
    }

    private static Process start(String... flags) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "testportal"));
        command.addAll(List.of(flags));
        return new ProcessBuilder(command).start();
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
