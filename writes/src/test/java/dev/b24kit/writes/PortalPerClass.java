package dev.b24kit.writes;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link WritesPortal} per test class, with its catalog loaded and writes acting for a person. Register
 * as a static {@code @RegisterExtension} field; {@link #portal} and {@link #writes} are set before the tests.
 */
final class PortalPerClass implements BeforeAllCallback, AfterAllCallback {

    WritesPortal portal;
    Writes writes;

    @Override
    public void beforeAll(ExtensionContext context) {
        portal = WritesPortal.start();
        writes = portal.writes();
        portal.catalog.entities();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        portal.close();
    }
}
