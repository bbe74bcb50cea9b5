package dev.b24kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A generated token is shown once; only its hash is kept, and the next start uses that hash. */
class GatewayTokenTest {

    @Test
    void aGeneratedTokenIsAnnouncedOnceAndOnlyItsHashIsKept() throws Exception {
        Path file = Files.createTempDirectory("b24kit-token").resolve("gateway-token.sha256");
        List<String> announced = new ArrayList<>();

        GatewayToken first = GatewayToken.loadOrGenerate(file, new SecureRandom(), announced::add);
        GatewayToken again = GatewayToken.loadOrGenerate(file, new SecureRandom(), announced::add);

        assertThat(announced).hasSize(1);
        String token = announced.get(0);
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Files.readString(file)).doesNotContain(token);
        assertThat(again.sha256()).isEqualTo(first.sha256()).isEqualTo(GatewayToken.of(token).sha256());
        assertThat(first.toString()).doesNotContain(token);
    }
}
