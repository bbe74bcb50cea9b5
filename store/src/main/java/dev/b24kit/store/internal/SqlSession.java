package dev.b24kit.store.internal;

import dev.b24kit.store.Session;
import dev.b24kit.store.audit.AuditLog;
import dev.b24kit.store.journal.WriteJournal;
import dev.b24kit.store.policy.WritePolicies;
import dev.b24kit.store.proposals.Proposals;

/** The tables over one way of reaching the database: the store's own, or one transaction's connection. */
record SqlSession(WriteJournal journal, Proposals proposals, AuditLog audit, WritePolicies policies) implements Session {

    static SqlSession over(SqlAccess access, Stamps stamps) {
        return new SqlSession(new SqlWriteJournal(access, stamps), new SqlProposals(access, stamps),
                new SqlAuditLog(access, stamps), new SqlWritePolicies(access, stamps));
    }
}
