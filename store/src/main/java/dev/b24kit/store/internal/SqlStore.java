package dev.b24kit.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import dev.b24kit.store.Backend;
import dev.b24kit.store.Session;
import dev.b24kit.store.Store;
import dev.b24kit.store.StoreConfig;
import dev.b24kit.store.audit.AuditLog;
import dev.b24kit.store.trust.TrustRecords;
import dev.b24kit.store.changes.ChangeTables;
import dev.b24kit.store.journal.WriteJournal;
import dev.b24kit.store.policy.WritePolicies;
import dev.b24kit.store.proposals.Proposals;

/** The {@link Store}: a database, its tables, and transactions that span several of them. */
public final class SqlStore implements Store {

    private final Database database;
    private final Stamps stamps;
    private final SqlSession session;
    /** Set while this thread runs {@link #transaction}: the store's own tables must not be used then. */
    private final ThreadLocal<Boolean> inTransaction = new ThreadLocal<>();

    private SqlStore(Database database, Stamps stamps) {
        this.database = database;
        this.stamps = stamps;
        this.session = SqlSession.over(new Outside(), stamps);
    }

    /** Parses the location, opens and migrates the database. See {@link Store#open(StoreConfig)}. */
    public static Store open(StoreConfig config) {
        Database database = switch (Location.parse(config.location())) {
            case Location.SqliteFile file -> SqliteDatabase.open(file);
            case Location.Postgres server -> PostgresDatabase.open(server);
        };
        return new SqlStore(database, new Stamps(config.clock(), config.ids()));
    }

    @Override
    public WriteJournal journal() {
        return session.journal();
    }

    @Override
    public Proposals proposals() {
        return session.proposals();
    }

    @Override
    public AuditLog audit() {
        return session.audit();
    }

    @Override
    public WritePolicies policies() {
        return session.policies();
    }

    @Override
    public ChangeTables changes() {
        return session.changes();
    }

    @Override
    public TrustRecords trust() {
        return session.trust();
    }

    @Override
    public <T> T transaction(Function<Session, T> work) {
        refuseNested();
        inTransaction.set(Boolean.TRUE);
        try {
            return database.write(connection -> {
                Inside inside = new Inside(connection, database.failures());
                try {
                    return work.apply(SqlSession.over(inside, stamps));
                } finally {
                    inside.ended = true;
                }
            });
        } finally {
            inTransaction.remove();
        }
    }

    @Override
    public Backend backend() {
        return database.backend();
    }

    @Override
    public String location() {
        return database.failures().location();
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return "Store[" + backend() + " " + location() + "]";
    }

    private void refuseNested() {
        if (inTransaction.get() != null) {
            throw new IllegalStateException("this thread is inside store.transaction(...): use the session it gives, "
                    + "so that the call joins the transaction");
        }
    }

    /** The store's own tables: each call its own transaction. */
    private final class Outside implements SqlAccess {

        @Override
        public <T> T read(SqlWork<T> work) {
            refuseNested();
            return database.read(work);
        }

        @Override
        public <T> T write(SqlWork<T> work) {
            refuseNested();
            return database.write(work);
        }
    }

    /**
     * A transaction's tables: every call on its connection, committed with the transaction. Refuses
     * calls once the transaction ended, when the connection may already serve another one.
     */
    private static final class Inside implements SqlAccess {

        private final Connection connection;
        private final Failures failures;
        private volatile boolean ended;

        Inside(Connection connection, Failures failures) {
            this.connection = connection;
            this.failures = failures;
        }

        @Override
        public <T> T read(SqlWork<T> work) {
            return write(work);
        }

        @Override
        public <T> T write(SqlWork<T> work) {
            if (ended) {
                throw new IllegalStateException("this transaction's session was used after the transaction ended;"
                        + " keep it inside store.transaction(...)");
            }
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failures.of(e);
            }
        }
    }
}
