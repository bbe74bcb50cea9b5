package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.b24kit.store.TransitionResult;

/**
 * The few JDBC moves the tables make, with one binding rule for both databases: instants are epoch
 * milliseconds, enums their names, {@code null} an untyped null.
 */
final class Sql {

    /** Reads the current row of a result set. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection connection, String sql, Object... arguments) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, arguments)) {
            return statement.executeUpdate();
        }
    }

    /** Runs one statement for each row of arguments, as one JDBC batch. */
    static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Whether the connection is PostgreSQL's (else SQLite's). */
    static boolean postgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }

    static <T> Optional<T> one(Connection connection, String sql, RowReader<T> reader, Object... arguments)
            throws SQLException {
        List<T> rows = list(connection, sql, reader, arguments);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    static <T> List<T> list(Connection connection, String sql, RowReader<T> reader, Object... arguments)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, arguments);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        }
    }

    /** An instant column stored as epoch milliseconds; {@code null} when the column is. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /**
     * What an {@code UPDATE … WHERE id = ? AND state = ?} did: it moved the row ({@code updated == 1}),
     * or the row is absent, or it is in another state. {@code row} is the row read after the update.
     */
    static <T> TransitionResult<T> transition(int updated, Optional<T> row, String id) {
        if (row.isEmpty()) {
            return new TransitionResult.NotFound<>(id);
        }
        return updated == 1 ? new TransitionResult.Transitioned<>(row.get()) : new TransitionResult.Conflict<>(row.get());
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... arguments) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < arguments.length; i++) {
                bind(statement, i + 1, arguments[i]);
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case Instant instant -> statement.setLong(index, instant.toEpochMilli());
            case Enum<?> constant -> statement.setString(index, constant.name());
            case String text -> statement.setString(index, text);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            default -> throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
        }
    }
}
