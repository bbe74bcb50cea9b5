package dev.b24kit.testportal.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;

import dev.b24kit.testportal.HttpProbe;
import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

/** {@code PortalConfig.https}: a self-signed certificate generated at start, trusted through its PEM. */
class HttpsTest {

    @Test
    void servesHttpsThatAClientTrustingThePemAccepts() throws Exception {
        Path pem;
        try (TestPortal portal = TestPortal.start(PortalConfig.fast().withHttps(true))) {
            pem = portal.certificatePem();
            assertThat(portal.webhookUrl().getScheme()).isEqualTo("https");
            assertThat(Files.readString(pem)).startsWith("-----BEGIN CERTIFICATE-----");

            HttpProbe trusting = new HttpProbe(HttpClient.newBuilder().sslContext(trusting(pem)).build());
            HttpProbe.Answer answer = trusting.get(portal.webhookUrl().resolve("server.time"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().get("result").asString()).matches("\\d{4}-.*");
        }
        assertThat(pem).doesNotExist();
    }

    @Test
    void aClientThatDoesNotTrustThePemIsRefused() {
        try (TestPortal portal = TestPortal.start(PortalConfig.fast().withHttps(true))) {
            assertThatThrownBy(() -> new HttpProbe().get(portal.webhookUrl().resolve("server.time")))
                    .isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void aPlainHttpPortalHasNoCertificate() {
        try (TestPortal portal = TestPortal.start(PortalConfig.fast())) {
            assertThatThrownBy(portal::certificatePem).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("withHttps(true)");
        }
    }

    @Test
    void namesTheBoundHostLocalhostAndLoopbackInTheCertificate() {
        assertThat(SelfSignedCertificate.subjectAlternativeNames("127.0.0.1")).isEqualTo("ip:127.0.0.1,dns:localhost");
        assertThat(SelfSignedCertificate.subjectAlternativeNames("portal.test"))
                .isEqualTo("dns:portal.test,ip:127.0.0.1,dns:localhost");
        assertThat(SelfSignedCertificate.subjectAlternativeNames("0.0.0.0")).isEqualTo("ip:127.0.0.1,dns:localhost");
    }

    static SSLContext trusting(Path pem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trust.setCertificateEntry("testportal", CertificateFactory.getInstance("X.509").generateCertificate(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
