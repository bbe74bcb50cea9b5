package dev.b24kit.gateway.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;

/**
 * Which browsers' pages may call {@code /mcp} (DNS rebinding): requests with an {@code Origin} must come from a
 * loopback origin or one the operator allowed (else 403); while the gateway is bound to loopback, the
 * {@code Host} must be a loopback name too (else 421), so a page on a rebound name cannot reach it.
 */
public final class Origins {

    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");

    private Origins() {
    }

    public static ServerTransportSecurityValidator validator(InetSocketAddress listen, List<String> allowed) {
        DefaultServerTransportSecurityValidator.Builder builder = DefaultServerTransportSecurityValidator.builder();
        List<String> origins = new ArrayList<>(allowed);
        for (String host : LOOPBACK) {
            origins.add("http://" + host + ":*");
            origins.add("https://" + host + ":*");
        }
        builder.allowedOrigins(origins);
        if (isLoopback(listen)) {
            LOOPBACK.forEach(host -> builder.allowedHost(host + ":*"));
        }
        return builder.build();
    }

    public static boolean isLoopback(InetSocketAddress address) {
        try {
            InetAddress resolved = address.getAddress() != null ? address.getAddress() : InetAddress.getByName(address.getHostString());
            return resolved.isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
