package dev.b24kit.testportal.internal.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertificateFailureTest {

    @Test
    void aHostKeytoolCannotNameFailsWithKeytoolsOwnMessage() {
        assertThatThrownBy(() -> SelfSignedCertificate.generate("bad host name"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("keytool failed");
    }
}
