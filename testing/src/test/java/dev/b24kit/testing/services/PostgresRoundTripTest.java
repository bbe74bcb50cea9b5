package dev.b24kit.testing.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PostgresRoundTripTest {

    @Test
    void writesARowAndReadsItBackOverARealConnection() throws Exception {
        String url = ExternalService.fromEnvironment().postgres().require();
        String table = "b24kit_roundtrip_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(url);
                Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMPORARY TABLE " + table + " (id BIGINT PRIMARY KEY, title TEXT NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
                insert.setLong(1, 42);
                insert.setString(2, "Сделка №1");
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (ResultSet rows = ddl.executeQuery("SELECT id, title FROM " + table)) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getLong("id")).isEqualTo(42);
                assertThat(rows.getString("title")).isEqualTo("Сделка №1");
                assertThat(rows.next()).isFalse();
            }
        }
    }
}
