package dev.b24kit.bench.writes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.testportal.TestPortal;
import dev.b24kit.writes.Writes;
import dev.b24kit.writes.WritesConfig;

/** A client, catalog, SQLite store in a temporary folder and writes over a test portal, for the writes benchmarks. */
record BenchWrites(Bitrix24Client client, Store store, Writes writes) implements AutoCloseable {

    static BenchWrites open(TestPortal portal) throws IOException {
        Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(portal.webhookUrl().toString())).build();
        Path folder = Files.createTempDirectory("b24kit-bench-writes");
        Store store = Store.open(folder.resolve("store.db").toString());
        FieldCatalog catalog = FieldCatalog.of(client);
        catalog.entities();
        String origin = portal.baseUrl().getScheme() + "://" + portal.baseUrl().getHost() + ":" + portal.baseUrl().getPort();
        return new BenchWrites(client, store, Writes.of(WritesConfig.of(client, catalog, store, origin)));
    }

    /** HTTP requests the portal served after call-log sequence {@code mark} (a batch counts once). */
    static long requests(TestPortal portal, long mark) {
        return portal.calls(mark, Integer.MAX_VALUE).stream().filter(c -> c.batchOf() == 0).count();
    }

    static long mark(TestPortal portal) {
        var calls = portal.calls(0, Integer.MAX_VALUE);
        return calls.isEmpty() ? 0 : calls.get(calls.size() - 1).sequence();
    }

    static void print(String name, String format, Object... args) {
        System.out.println(name + ": " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    @Override
    public void close() {
        try (client) {
            store.close();
        }
    }
}
