package dev.b24kit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.b24kit.client.internal.Answer;
import dev.b24kit.client.internal.Decoder;
import dev.b24kit.client.internal.Transport;
import dev.b24kit.client.internal.Verdict;

class ClassificationTest {

    private static Answer decode(int status, String contentType, String body) {
        return Decoder.decode("crm.deal.get", new Transport.Wire(status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsErrorCodesThatAreEmptyZeroOrNumbers() {
        assertThat(decode(400, "application/json", "{\"error\":\"\",\"error_description\":\"Not found\"}"))
                .isEqualTo(new Answer.Refused(400, "", "Not found"));
        assertThat(decode(400, "application/json", "{\"error\":\"0\",\"error_description\":\"x\"}"))
                .isEqualTo(new Answer.Refused(400, "0", "x"));
        assertThat(decode(400, "application/json", "{\"error\":100,\"error_description\":\"Expected iterable\"}"))
                .isEqualTo(new Answer.Refused(400, "100", "Expected iterable"));
    }

    @Test
    void anHtmlPageIsGarbledAndSaysWhatItWas() {
        Answer answer = decode(502, "text/html", "<html><head><title>502 Bad Gateway</title></head></html>");
        assertThat(answer).isInstanceOfSatisfying(Answer.Garbled.class,
                g -> assertThat(g.summary()).contains("502 Bad Gateway").contains("text/html"));
        assertThat(Verdict.of(answer)).isEqualTo(Verdict.MAYBE_RUN);
        assertThat(Verdict.of(decode(404, "text/html", "<html></html>"))).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void oneClassifierDecidesEveryCode() {
        assertThat(Verdict.ofRefusal(503, "QUERY_LIMIT_EXCEEDED")).isEqualTo(Verdict.QUERY_LIMIT);
        assertThat(Verdict.ofRefusal(429, "OPERATION_TIME_LIMIT")).isEqualTo(Verdict.OPERATING_LIMIT);
        assertThat(Verdict.ofRefusal(503, "OVERLOAD_LIMIT")).isEqualTo(Verdict.NOT_RUN);
        assertThat(Verdict.ofRefusal(401, "expired_token")).isEqualTo(Verdict.TOKEN_EXPIRED);
        assertThat(Verdict.ofRefusal(401, "INVALID_CREDENTIALS")).isEqualTo(Verdict.AUTH);
        assertThat(Verdict.ofRefusal(403, "insufficient_scope")).isEqualTo(Verdict.AUTH);
        assertThat(Verdict.ofRefusal(500, "ERROR_CORE")).isEqualTo(Verdict.MAYBE_RUN);
        assertThat(Verdict.ofRefusal(400, "")).isEqualTo(Verdict.REJECTED);
        assertThat(Verdict.ofRefusal(404, "ERROR_METHOD_NOT_FOUND")).isEqualTo(Verdict.REJECTED);
        assertThat(Verdict.of(new Answer.NoAnswer("refused", false, null))).isEqualTo(Verdict.NOT_RUN);
        assertThat(Verdict.of(new Answer.NoAnswer("reset", true, null))).isEqualTo(Verdict.MAYBE_RUN);
    }
}
