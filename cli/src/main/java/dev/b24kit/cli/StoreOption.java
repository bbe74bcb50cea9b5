package dev.b24kit.cli;

import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine.Option;

import dev.b24kit.store.Store;
import dev.b24kit.store.StoreConfig;

/** {@code --db URL|FILE}, shared by the commands that use the store; the flag wins over {@code B24KIT_DB}. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "URL|FILE", description = {
        "The store (write journal, proposals, audit log, write policies): a SQLite file or a jdbc:postgresql: URL.",
        "Default: B24KIT_DB, else " + StoreConfig.DEFAULT_LOCATION + "."})
    String db;

    /** Opens (and migrates) the store this command should use. */
    Store open(Launch launch) {
        Map<String, String> environment = new HashMap<>();
        if (launch.dbFromEnvironment() != null) {
            environment.put(StoreConfig.ENVIRONMENT_VARIABLE, launch.dbFromEnvironment());
        }
        return Store.open(StoreConfig.location(db, environment));
    }
}
