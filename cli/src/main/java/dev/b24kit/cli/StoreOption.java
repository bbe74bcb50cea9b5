package dev.b24kit.cli;

import java.util.Map;

import picocli.CommandLine.Option;

import dev.b24kit.store.Store;
import dev.b24kit.store.StoreConfig;

/**
 * {@code --db URL|FILE}, shared by the commands that use the store. The flag wins over
 * {@code B24KIT_DB} (read in {@link Main} only); without either, {@value StoreConfig#DEFAULT_LOCATION}.
 */
final class StoreOption {

    @Option(names = "--db", paramLabel = "URL|FILE", description = {
        "The store: a SQLite file or a jdbc:postgresql:// URL.",
        "Default: B24KIT_DB, else " + StoreConfig.DEFAULT_LOCATION + "."})
    String location;

    /** Opens (and migrates) the store this command should use. */
    Store open(Launch launch) {
        Map<String, String> environment = launch.dbFromEnvironment() == null ? Map.of()
                : Map.of(StoreConfig.ENVIRONMENT_VARIABLE, launch.dbFromEnvironment());
        return Store.open(StoreConfig.location(location, environment));
    }
}
