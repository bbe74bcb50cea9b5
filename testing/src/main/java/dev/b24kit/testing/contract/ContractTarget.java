package dev.b24kit.testing.contract;

import java.net.URI;
import java.util.Optional;

/**
 * What a contract suite runs against: a portal reachable over HTTP. A test portal also offers its
 * admin API, which contract tests use to set up conditions (strict mode, limits); tests that need it
 * are skipped against a live portal.
 */
public interface ContractTarget {

    /** The incoming-webhook URL, ending in {@code /}. */
    URI webhookUrl();

    /** {@code http://HOST:PORT/_testportal/} for a test portal, empty for a live portal. */
    Optional<URI> adminUrl();
}
