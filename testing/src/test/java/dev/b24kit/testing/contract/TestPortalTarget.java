package dev.b24kit.testing.contract;

import java.net.URI;
import java.util.Optional;

import dev.b24kit.testportal.TestPortal;

/** A contract target backed by an in-process test portal. */
record TestPortalTarget(TestPortal portal) implements ContractTarget {

    @Override
    public URI webhookUrl() {
        return portal.webhookUrl();
    }

    @Override
    public Optional<URI> adminUrl() {
        return Optional.of(portal.baseUrl().resolve("_testportal/"));
    }
}
