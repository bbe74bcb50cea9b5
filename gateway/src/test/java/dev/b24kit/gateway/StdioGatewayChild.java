package dev.b24kit.gateway;

import dev.b24kit.client.Bitrix24Client;
import dev.b24kit.client.Credentials;
import dev.b24kit.gateway.tools.ToolsConfig;
import dev.b24kit.schema.FieldCatalog;
import dev.b24kit.store.Store;
import dev.b24kit.writes.WritesConfig;

/**
 * A gateway on stdio in its own JVM, as an MCP client launches one: {@code <webhook URL> <portal origin> <store>}.
 * stdout carries only the protocol; logs go to stderr.
 */
public final class StdioGatewayChild {

    private StdioGatewayChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Bitrix24Client client = Bitrix24Client.builder(Credentials.webhook(args[0])).build();
             Store store = Store.open(args[2])) {
            WritesConfig writes = WritesConfig.of(client, FieldCatalog.of(client), store, args[1]);
            try (Gateway gateway = Gateway.builder(ToolsConfig.of(writes)).build().start()) {
                gateway.serveStdio(System.in, System.out);
            }
        }
    }
}
