package dev.b24kit.testportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CredentialErrorStatusConfigTest {

    @Test
    void defaultsTo401AsTheServerSourceAndAccepts403AsTheDocs() {
        assertThat(PortalConfig.defaults().credentialErrorStatus()).isEqualTo(401);
        assertThat(PortalConfig.defaults().withCredentialErrorStatus(403).credentialErrorStatus()).isEqualTo(403);
        assertThat(PortalConfig.defaults().withCredentialErrorStatus(403).withPort(8080).credentialErrorStatus())
                .isEqualTo(403);
    }

    @Test
    void refusesAnyOtherStatus() {
        assertThatThrownBy(() -> PortalConfig.defaults().withCredentialErrorStatus(400))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("401").hasMessageContaining("403");
    }

    @Test
    void aPortalStartedWith403AnswersWrongCredentialsWith403() {
        try (TestPortal portal = TestPortal.start(PortalConfig.fast().withCredentialErrorStatus(403))) {
            String wrong = portal.webhookUrl().toString().replaceAll("/[^/]+/$", "/wrongsecret/");
            assertThat(new HttpProbe().get(java.net.URI.create(wrong + "server.time")).status()).isEqualTo(403);
        }
    }
}
