package dev.b24kit.testportal.internal.http;

import java.util.concurrent.Executors;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server of one test portal. Requests are served on virtual threads, so calls
 * that spend modelled latency do not hold platform threads.
 */
public final class PortalServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    public PortalServer(String host, int port, PortalHandler handler) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("testportal");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(64 * 1024);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(2_000);
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("test portal could not start on " + connector.getHost() + ":"
                    + connector.getPort() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("test portal did not stop cleanly", e);
        }
    }
}
