package dev.b24kit.store.internal;

/**
 * How a table reaches the database: {@link #write} runs work in a transaction that is committed
 * (durably) before it returns, {@link #read} runs it without one. Translates {@link java.sql.SQLException}
 * into {@link dev.b24kit.store.StoreException}.
 */
interface SqlAccess {

    <T> T read(SqlWork<T> work);

    <T> T write(SqlWork<T> work);
}
