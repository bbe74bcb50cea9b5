package dev.b24kit.testing.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;

class RedisRoundTripTest {

    @Test
    void setsAKeyWithExpiryAndReadsItBack() {
        String url = ExternalService.fromEnvironment().redis().require();
        RedisClient client = RedisClient.create(url);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            String key = "b24kit:test:" + UUID.randomUUID();
            redis.set(key, "leaky-bucket", SetArgs.Builder.ex(Duration.ofSeconds(30)));

            assertThat(redis.get(key)).isEqualTo("leaky-bucket");
            assertThat(redis.ttl(key)).isBetween(1L, 30L);
            assertThat(redis.del(key)).isEqualTo(1L);
            assertThat(redis.get(key)).isNull();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}
