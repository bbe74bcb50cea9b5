package dev.b24kit.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every write command shares: the portal, the store, and who is writing. */
final class WriteTarget {

    @Mixin
    PortalOption portal;

    @Mixin
    StoreOption store;

    @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
            description = "Who writes or decides, for the journal and the audit log. Default: the user name.")
    String by;

    /** Opens the portal and the store; writes act for the person named by {@code --by}. */
    WriteSession open(Launch launch) {
        return WriteSession.open(portal, store, launch, by);
    }
}
