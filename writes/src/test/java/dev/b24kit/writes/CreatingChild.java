package dev.b24kit.writes;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;

/**
 * The process {@link KillDuringCreateTest} kills: loads the catalog, prints {@code READY}, waits for a line
 * on stdin, creates one deal under a key and prints {@code RECEIPT <kind> <id>}.
 * Arguments: webhook URL, portal origin, store location, key, in-flight time in milliseconds.
 */
public final class CreatingChild {

    public static final String READY = "READY";
    public static final String RECEIPT = "RECEIPT ";

    private CreatingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(args[0])).build();
             Store store = Store.open(args[2])) {
            FieldCatalog catalog = FieldCatalog.of(client);
            catalog.entities();
            Writes writes = Writes.of(WritesConfig.of(client, catalog, store, args[1])
                    .withInFlight(Duration.ofMillis(Long.parseLong(args[4]))));
            System.out.println(READY);
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            Receipt receipt = writes.create("deal", Map.of("TITLE", "Survives kill -9", "Client budget", "700 RUB"), args[3]);
            System.out.println(RECEIPT + receipt.kind() + " " + receipt.recordId());
            System.out.flush();
        }
    }
}
