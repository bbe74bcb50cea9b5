package dev.b24kit.testing.contract;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The portal contract against a real Bitrix24 portal, when {@code B24KIT_LIVE_WEBHOOK} holds an
 * incoming-webhook URL (with the {@code crm} and {@code user} scopes; the tests create and delete
 * records, so use a test portal). Skipped otherwise.
 */
class LivePortalContractTest extends PortalContract {

    private static final String VARIABLE = "B24KIT_LIVE_WEBHOOK";

    @BeforeAll
    static void requireLivePortal() {
        String url = System.getenv(VARIABLE);
        Assumptions.assumeTrue(url != null && !url.isBlank(), VARIABLE + " is not set: no live portal to check");
    }

    @Override
    protected ContractTarget target() {
        String url = System.getenv(VARIABLE).trim();
        URI hook = URI.create(url.endsWith("/") ? url : url + "/");
        return new ContractTarget() {
            @Override
            public URI webhookUrl() {
                return hook;
            }

            @Override
            public Optional<URI> adminUrl() {
                return Optional.empty();
            }
        };
    }
}
