package dev.b24kit.testportal.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** Requests too big for the portal, sent over a raw socket so nothing in between trims them. */
class OversizedRequestTest {

    private static final int LIMIT = 4096;
    private final TestPortal portal = TestPortal.start(PortalConfig.fast().withMaxBodyBytes(LIMIT));

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void refusesADeclaredHugeBodyWith413BeforeItIsSent() throws IOException {
        String head = "POST " + portal.webhookUrl().getPath() + "server.time HTTP/1.1\r\nHost: x\r\n"
                + "Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n";

        String answer = exchange(head.getBytes(StandardCharsets.US_ASCII));

        assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("connection: close")
                .contains("{\"error\":\"INVALID_REQUEST\",\"error_description\":\"Request body is larger than 4096 bytes\"}");
    }

    @Test
    void refusesAChunkedBodyThatGrowsPastTheLimitWithoutReadingTheRest() throws IOException {
        StringBuilder request = new StringBuilder("POST " + portal.webhookUrl().getPath() + "server.time HTTP/1.1\r\n"
                + "Host: x\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 5; i++) { // 5 KiB sent, the final chunk never comes
            request.append("400\r\n").append("a".repeat(1024)).append("\r\n");
        }

        String answer = exchange(request.toString().getBytes(StandardCharsets.US_ASCII));

        assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"INVALID_REQUEST\"");
    }

    @Test
    void jettyRefusesAnOversizedUri() throws IOException {
        String head = "GET " + portal.webhookUrl().getPath() + "server.time?a=" + "x".repeat(70_000)
                + " HTTP/1.1\r\nHost: x\r\n\r\n";

        assertThat(exchange(head.getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 414");
    }

    @Test
    void jettyRefusesOversizedHeaders() throws IOException {
        String head = "GET " + portal.webhookUrl().getPath() + "server.time HTTP/1.1\r\nHost: x\r\n"
                + "X-Padding: " + "x".repeat(70_000) + "\r\n\r\n";

        assertThat(exchange(head.getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 431");
    }

    @Test
    void aBodyAtTheLimitIsServed() throws IOException {
        String body = "a=" + "x".repeat(LIMIT - 2);
        String head = "POST " + portal.webhookUrl().getPath() + "server.time HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n";

        assertThat(exchange((head + body).getBytes(StandardCharsets.US_ASCII))).startsWith("HTTP/1.1 200");
    }

    private String exchange(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", portal.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                if (complete(answer)) {
                    break;
                }
            }
            return answer.toString();
        }
    }

    /** Whether the answer's headers and its Content-Length worth of body arrived. */
    private static boolean complete(StringBuilder answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var matcher = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answer.substring(0, end));
        return matcher.find() && answer.length() - end - 4 >= Integer.parseInt(matcher.group(1));
    }
}
