package dev.b24kit.store.internal;

import dev.b24kit.store.Session;
import dev.b24kit.store.audit.AuditLog;
import dev.b24kit.store.changes.ChangeTables;
import dev.b24kit.store.changes.Cursors;
import dev.b24kit.store.changes.Feed;
import dev.b24kit.store.changes.Inbox;
import dev.b24kit.store.changes.Leases;
import dev.b24kit.store.changes.Mirror;
import dev.b24kit.store.journal.WriteJournal;
import dev.b24kit.store.policy.WritePolicies;
import dev.b24kit.store.proposals.Proposals;
import dev.b24kit.store.trust.TrustRecords;

/** The tables over one way of reaching the database: the store's own, or one transaction's connection. */
record SqlSession(WriteJournal journal, Proposals proposals, AuditLog audit, WritePolicies policies,
                  ChangeTables changes, TrustRecords trust) implements Session {

    static SqlSession over(SqlAccess access, Stamps stamps) {
        SqlCursors cursors = new SqlCursors(access, stamps);
        return new SqlSession(new SqlWriteJournal(access, stamps), new SqlProposals(access, stamps),
                new SqlAuditLog(access, stamps), new SqlWritePolicies(access, stamps),
                new Changes(new SqlInbox(access, stamps), new SqlMirror(access, stamps), new SqlFeed(access, stamps),
                        cursors, cursors), new SqlTrustRecords(access, stamps));
    }

    private record Changes(Inbox inbox, Mirror mirror, Feed feed, Cursors cursors, Leases leases) implements ChangeTables {
    }
}
