package dev.b24kit.gateway.page;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.DefaultHandler;

/** The pages on a small Jetty server of the test's own, on a free loopback port, as the gateway would mount them. */
final class PagesServer implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    PagesServer(Pages pages) {
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(new Handler.Sequence(pages, new DefaultHandler(false, false)));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the pages' server did not start: " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:port}. */
    String base() {
        return "http://127.0.0.1:" + connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
