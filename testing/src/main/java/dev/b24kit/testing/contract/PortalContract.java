package dev.b24kit.testing.contract;

import org.junit.jupiter.api.Nested;

/**
 * The whole portal contract: every suite, run against one {@link ContractTarget}. Behaviour that must
 * hold for the test portal and for a real cloud portal is written once here (docs/architecture.md, Tests); extend
 * this class with a target to run it — {@code TestPortalContractTest} does so always, and
 * {@code LivePortalContractTest} against a real portal when {@code B24KIT_LIVE_WEBHOOK} is set. Tests
 * that need the test portal's admin API (strict modes, limits, faults) skip themselves on a live portal.
 */
public abstract class PortalContract {

    protected abstract ContractTarget target();

    @Nested
    class RestCore extends RestCoreContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class Batch extends BatchContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class Limits extends LimitsContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class OperatingTime extends OperatingTimeContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class CrmLegacy extends CrmLegacyContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class CrmLists extends CrmListContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class CrmDirectory extends CrmDirectoryContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class UserFieldsOfLegacyEntities extends UserFieldContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class SilentDrops extends SilentDropContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class SmartProcesses extends SmartProcessContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class Concurrency extends ConcurrencyContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class Pipelines extends CategoryContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class CrmItems extends CrmItemContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class CrmItemLists extends CrmItemListContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class CrmItemsWithAdmin extends CrmItemAdminContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class UserFieldNames extends UfNamingContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class Auth extends AuthContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class OAuth extends OAuthContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class SystemMethods extends SystemMethodsContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }

    @Nested
    class Robustness extends RobustnessContract {
        @Override
        protected ContractTarget target() {
            return PortalContract.this.target();
        }
    }
}
