package dev.b24kit.testing.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;

class TestPortalAuthTest extends AuthContract {

    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(PortalConfig.fast());
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Override
    protected ContractTarget target() {
        return new TestPortalTarget(portal);
    }
}
