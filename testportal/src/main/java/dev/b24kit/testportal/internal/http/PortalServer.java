package dev.b24kit.testportal.internal.http;

import java.util.concurrent.Executors;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server of one test portal. Requests are served on virtual threads, so calls
 * that spend modelled latency do not hold platform threads. With a {@link SelfSignedCertificate} it
 * serves HTTPS only. Jetty itself refuses a request line or header block over 64 KiB (414 URI Too
 * Long, 431 Request Header Fields Too Large) before the portal sees it.
 */
public final class PortalServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    public PortalServer(String host, int port, PortalHandler handler) {
        this(host, port, handler, null);
    }

    /** A server; {@code tls} null serves plain HTTP. */
    public PortalServer(String host, int port, PortalHandler handler, SelfSignedCertificate tls) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("testportal");
        threads.setVirtualThreadsExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(64 * 1024);
        this.connector = tls == null ? new ServerConnector(server, new HttpConnectionFactory(http))
                : new ServerConnector(server, new SslConnectionFactory(sslContext(tls), "http/1.1"),
                        new HttpConnectionFactory(secure(http)));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(2_000);
    }

    private static SslContextFactory.Server sslContext(SelfSignedCertificate tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword(tls.password());
        return ssl;
    }

    private static HttpConfiguration secure(HttpConfiguration http) {
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false); // clients reach the portal by IP address, without SNI
        https.addCustomizer(customizer);
        return https;
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
