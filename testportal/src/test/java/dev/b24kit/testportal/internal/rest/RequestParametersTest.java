package dev.b24kit.testportal.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RequestParametersTest {

    private static Map<String, Object> of(String verb, String query, String type, String body) {
        return RequestParameters.of(new Incoming(verb, "/rest/x", query, type, body.getBytes(StandardCharsets.UTF_8),
                "127.0.0.1", false));
    }

    @Test
    void aPostBodyReplacesSameNamedQueryKeysShallowly() {
        assertThat(of("POST", "a[x]=1&b=2", "application/json", "{\"a\":{\"y\":3}}"))
                .isEqualTo(Map.of("a", Map.of("y", 3L), "b", "2"));
    }

    @Test
    void readsAFormBodyWithOrWithoutAContentType() {
        assertThat(of("POST", null, "application/x-www-form-urlencoded; charset=UTF-8", "a=1")).isEqualTo(Map.of("a", "1"));
        assertThat(of("POST", null, null, "a=1")).isEqualTo(Map.of("a", "1"));
        assertThat(of("POST", null, "text/plain", "a=1")).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void readsJsonByMediaTypeIgnoringParametersAndCase() {
        assertThat(of("POST", null, "Application/JSON; charset=utf-8", "{\"a\":1}")).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void readsMultipartBodies() {
        String body = "--q\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--q--\r\n";
        assertThat(of("POST", null, "multipart/form-data; boundary=q", body)).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void otherVerbsUseTheQueryOnly() {
        for (String verb : new String[] {"GET", "PUT", "DELETE", "PATCH", "HEAD"}) {
            assertThat(of(verb, "a=1", "application/x-www-form-urlencoded", "a=2&b=3")).isEqualTo(Map.of("a", "1"));
        }
    }
}
