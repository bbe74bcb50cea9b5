package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Statements to run on one connection, inside whatever transaction the caller set up. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
