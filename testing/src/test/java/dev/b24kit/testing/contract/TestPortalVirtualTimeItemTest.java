package dev.b24kit.testing.contract;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import dev.b24kit.testportal.PortalConfig;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.testportal.VirtualClock;

/**
 * The crm.item behaviours that need the portal clock to move (an update that changes nothing keeps its
 * {@code updatedTime}), on a test portal with a {@link VirtualClock}; {@link PortalContract} runs the same
 * suite on the system clock, where that test skips itself.
 */
class TestPortalVirtualTimeItemTest extends CrmItemAdminContract {

    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(PortalConfig.fast().withClock(VirtualClock.startingAtDefault()));
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
