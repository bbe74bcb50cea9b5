package dev.b24kit.testing.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * A contract suite whose tests change the test portal's limit and time settings through its admin
 * API: the settings are snapshotted before each test and put back after it (the bucket and the
 * operating budgets emptied), and {@link #admin()} skips a test against a live portal, which has no
 * admin API. Extend it with a {@link #target()}.
 */
abstract class RestoresLimits {

    private LimitKnobs knobs;
    private LimitKnobs.Snapshot snapshot;

    protected abstract ContractTarget target();

    protected RawPortal portal() {
        return new RawPortal(target().webhookUrl());
    }

    @BeforeEach
    void rememberSettings() {
        if (target().adminUrl().isPresent()) {
            knobs = new LimitKnobs(target().adminUrl().get());
            snapshot = knobs.snapshot();
        }
    }

    @AfterEach
    void restoreSettings() {
        if (snapshot != null) {
            knobs.restore(snapshot);
        }
    }

    /** The admin API; skips the calling test when the target has none. */
    LimitKnobs admin() {
        Assumptions.assumeTrue(knobs != null, "needs the test portal's admin API");
        return knobs;
    }

    /** The settings as they were before this test. */
    LimitKnobs.Snapshot snapshot() {
        return snapshot;
    }
}
