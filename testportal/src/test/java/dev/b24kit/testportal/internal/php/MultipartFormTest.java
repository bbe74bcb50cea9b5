package dev.b24kit.testportal.internal.php;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final String TYPE = "multipart/form-data; boundary=XyZ";

    private static Map<String, Object> parse(String body) {
        return MultipartForm.parse(body.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), TYPE);
    }

    @Test
    void readsFieldsWithBracketNames() {
        Map<String, Object> fields = parse("""
                --XyZ
                Content-Disposition: form-data; name="fields[TITLE]"

                Сделка & co
                --XyZ
                Content-Disposition: form-data; name="select[]"

                ID
                --XyZ
                content-disposition: form-data; name=select[]

                TITLE
                --XyZ--
                """);
        assertThat(PhpJson.encode(fields))
                .isEqualTo("{\"fields\":{\"TITLE\":\"Сделка \\u0026 co\"},\"select\":[\"ID\",\"TITLE\"]}");
    }

    @Test
    void skipsFilePartsAsPhpMovesThemToFiles() {
        Map<String, Object> fields = parse("""
                --XyZ
                Content-Disposition: form-data; name="upload"; filename="a.txt"
                Content-Type: text/plain

                file content
                --XyZ
                Content-Disposition: form-data; name="id"

                7
                --XyZ--
                """);
        assertThat(fields).isEqualTo(Map.of("id", "7"));
    }

    @Test
    void keepsValuesWithLineBreaksAndQuotedNames() {
        Map<String, Object> fields = parse("""
                --XyZ
                Content-Disposition: form-data; name="a \\"q\\""

                line 1
                line 2
                --XyZ--
                """);
        assertThat(fields).isEqualTo(Map.of("a_\"q\"", "line 1\r\nline 2"));
    }

    @Test
    void keepsWhatWasParsedBeforeADamagedPart() {
        Map<String, Object> fields = parse("""
                --XyZ
                Content-Disposition: form-data; name="ok"

                1
                --XyZ
                Content-Disposition: form-data; name="broken"
                """);
        assertThat(fields).isEqualTo(Map.of("ok", "1"));
    }

    @Test
    void answersNothingWithoutABoundary() {
        assertThat(MultipartForm.parse("a=1".getBytes(StandardCharsets.UTF_8), "multipart/form-data")).isEmpty();
        assertThat(MultipartForm.parse("garbage".getBytes(StandardCharsets.UTF_8), TYPE)).isEmpty();
    }

    @Test
    void readsTheBoundaryParameterQuotedOrNot() {
        assertThat(MultipartForm.parameter("multipart/form-data; boundary=\"a;b\"", "boundary")).isEqualTo("a;b");
        assertThat(MultipartForm.parameter("multipart/form-data;BOUNDARY=abc ; x=1", "boundary")).isEqualTo("abc");
        assertThat(MultipartForm.parameter("multipart/form-data", "boundary")).isNull();
    }
}
