package dev.b24kit.testing.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ExternalServiceTest {

    @Test
    void defaultsToLoopbackWhenNothingIsConfigured() {
        ExternalService.Catalog catalog = ExternalService.Catalog.of(Map.of());

        assertThat(catalog.postgres().url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
        assertThat(catalog.redis().url()).isEqualTo("redis://127.0.0.1:6379");
        assertThat(catalog.postgres().required()).isFalse();
    }

    @Test
    void skipsAnUnreachableServiceWhenServicesAreOptional() {
        ExternalService redis = ExternalService.Catalog.of(Map.of(
                ExternalService.REDIS_VARIABLE, "redis://127.0.0.1:" + closedPort())).redis();

        assertThatThrownBy(redis::require)
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Redis is not reachable")
                .hasMessageContaining(ExternalService.REDIS_VARIABLE);
    }

    @Test
    void failsAnUnreachableServiceWhenServicesAreRequired() {
        ExternalService postgres = ExternalService.Catalog.of(Map.of(
                ExternalService.REQUIRE_VARIABLE, "true",
                ExternalService.PG_VARIABLE, "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test?password=hunter2")).postgres();

        assertThatThrownBy(postgres::require)
                .isInstanceOf(AssertionError.class)
                .isNotInstanceOf(TestAbortedException.class)
                .hasMessageContaining("PostgreSQL is not reachable")
                .hasMessageContaining("failure, not a skip")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void rejectsAUrlWithoutAPortNamingTheVariable() {
        ExternalService redis = ExternalService.Catalog.of(Map.of(
                ExternalService.REDIS_VARIABLE, "redis://user:secret@localhost")).redis();

        assertThatThrownBy(redis::require)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ExternalService.REDIS_VARIABLE)
                .hasMessageNotContaining("secret");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
