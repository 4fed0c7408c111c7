package bankcore.persistence.postgres;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Flushes a group's {@link WriteLayer} into the open transaction: batched inserts (the driver
 * rewrites them into multi-row INSERTs, {@code reWriteBatchedInserts}) and one UPDATE for all the
 * existing accounts the group touched, whatever their number (arrays, unnested). Every account row
 * written is stamped with the group's write epoch, which other nodes catch up from. The schema's
 * CHECKs, foreign keys and triggers apply to these rows as to any: they are the last line of defence.
 */
final class GroupWrites {
    private static final String UPDATE_ACCOUNTS = "UPDATE account SET balance = v.balance, status = v.status, "
            + "credit_limit = v.credit_limit, pending_debits = v.pending_debits, pending_credits = v.pending_credits, "
            + "changed_epoch = ? FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[]) "
            + "AS v (id, balance, status, credit_limit, pending_debits, pending_credits) WHERE account.id = v.id";

    private GroupWrites() {
    }

    private static final String INSERT_AUDIT = "INSERT INTO audit_log (" + PgRows.AUDIT_COLUMNS + ") "
            + "SELECT last.seq + v.n, v.at, v.action, v.actor_id, v.client_address, v.request_id, v.account_id, "
            + "v.transfer_id, v.credit_limit FROM (SELECT coalesce(max(seq), 0) AS seq FROM audit_log) AS last, "
            + "unnest(?::bigint[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::uuid[], ?::bigint[]) "
            + "WITH ORDINALITY AS v(at, action, actor_id, client_address, request_id, account_id, transfer_id, "
            + "credit_limit, n)";

    static void flush(Connection connection, WriteLayer group, long epoch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO customer (" + PgRows.CUSTOMER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Customer c : group.customers()) {
                insert.setLong(1, c.id());
                insert.setString(2, c.name());
                insert.setString(3, c.email());
                insert.setString(4, c.role().name());
                insert.setLong(5, PgRows.micros(c.createdAt()));
                insert.setString(6, c.passwordHash());
                insert.addBatch();
            }
            run(insert, group.customers().size());
        }
        List<Account> newAccounts = group.newAccounts();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (" + PgRows.ACCOUNT_COLUMNS + ", changed_epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Account a : newAccounts) {
                insert.setLong(1, a.id());
                if (a.isSystem()) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, a.ownerId());
                }
                insert.setString(3, a.currency().getCurrencyCode());
                insert.setLong(4, a.balanceMinor());
                insert.setString(5, a.status().name());
                insert.setString(6, a.kind().name());
                insert.setLong(7, PgRows.micros(a.createdAt()));
                insert.setLong(8, a.creditLimitMinor());
                insert.setLong(9, a.pendingDebitsMinor());
                insert.setLong(10, a.pendingCreditsMinor());
                insert.setLong(11, epoch);
                insert.addBatch();
            }
            run(insert, newAccounts.size());
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO journal ("
                + PgRows.TRANSFER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Transfer t : group.journal()) {
                insert.setLong(1, t.sequence());
                insert.setObject(2, t.id());
                insert.setLong(3, t.debitAccountId());
                insert.setLong(4, t.creditAccountId());
                insert.setLong(5, t.amount().amountMinor());
                insert.setString(6, t.amount().currency().getCurrencyCode());
                insert.setString(7, t.description());
                insert.setLong(8, PgRows.micros(t.createdAt()));
                insert.setObject(9, t.reverses(), Types.OTHER);
                insert.setLong(10, t.debitBalanceAfterMinor());
                insert.setLong(11, t.creditBalanceAfterMinor());
                insert.setString(12, t.hash());
                insert.setString(13, t.kind().name());
                insert.setObject(14, t.ends(), Types.OTHER);
                if (t.expiresAt() == null) {
                    insert.setNull(15, Types.BIGINT);
                } else {
                    insert.setLong(15, PgRows.micros(t.expiresAt()));
                }
                setHolds(insert, 16, t.debitHoldsAfter());
                setHolds(insert, 19, t.creditHoldsAfter());
                insert.addBatch();
            }
            run(insert, group.journal().size());
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_key (scope, key, fingerprint, transfer_ids, created_at) VALUES (?, ?, ?, ?, ?)")) {
            for (IdempotencyRecord r : group.keys()) {
                insert.setString(1, r.key().scope());
                insert.setString(2, r.key().key());
                insert.setString(3, r.requestFingerprint());
                insert.setString(4, r.transferIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
                insert.setLong(5, PgRows.micros(r.createdAt()));
                insert.addBatch();
            }
            run(insert, group.keys().size());
        }
        updateAccounts(connection, group.changedAccounts(), epoch);
        insertAudit(connection, group.audit());
        insertEvents(connection, group.events());
    }

    /**
     * One statement for the group's audit rows, numbered on from the log's last sequence: the append
     * lock is held, so nobody else numbers at the same time, and the sequence has no gaps.
     */
    private static void insertAudit(Connection connection, List<AuditEntry> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_AUDIT)) {
            insert.setArray(1, connection.createArrayOf("bigint",
                    rows.stream().map(e -> PgRows.micros(e.at())).toArray(Long[]::new)));
            insert.setArray(2, connection.createArrayOf("text", rows.stream().map(e -> e.action().name()).toArray()));
            insert.setArray(3, connection.createArrayOf("bigint", rows.stream().map(e -> e.context().actorId()
                    .isPresent() ? e.context().actorId().getAsLong() : null).toArray(Long[]::new)));
            insert.setArray(4, connection.createArrayOf("text",
                    rows.stream().map(e -> e.context().clientAddress()).toArray()));
            insert.setArray(5, connection.createArrayOf("text",
                    rows.stream().map(e -> e.context().requestId()).toArray()));
            insert.setArray(6, connection.createArrayOf("bigint",
                    rows.stream().map(AuditEntry::accountId).toArray(Long[]::new)));
            insert.setArray(7, connection.createArrayOf("uuid",
                    rows.stream().map(e -> e.transferId().orElse(null)).toArray(UUID[]::new)));
            insert.setArray(8, connection.createArrayOf("bigint", rows.stream().map(e -> e.creditLimitMinor()
                    .isPresent() ? e.creditLimitMinor().getAsLong() : null).toArray(Long[]::new)));
            insert.executeUpdate();
        }
    }

    private static void insertEvents(Connection connection, List<Event> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event (" + PgRows.EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                insert.setLong(1, e.position());
                insert.setObject(2, e.id());
                insert.setString(3, e.type().wireName());
                insert.setLong(4, PgRows.micros(e.occurredAt()));
                insert.setString(5, e.data());
                insert.addBatch();
            }
            run(insert, events.size());
        }
    }

    private static void updateAccounts(Connection connection, List<Account> changed, long epoch) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        Long[] ids = changed.stream().map(Account::id).toArray(Long[]::new);
        Long[] balances = changed.stream().map(Account::balanceMinor).toArray(Long[]::new);
        String[] statuses = changed.stream().map(a -> a.status().name()).toArray(String[]::new);
        Long[] limits = changed.stream().map(Account::creditLimitMinor).toArray(Long[]::new);
        Long[] pendingDebits = changed.stream().map(Account::pendingDebitsMinor).toArray(Long[]::new);
        Long[] pendingCredits = changed.stream().map(Account::pendingCreditsMinor).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(UPDATE_ACCOUNTS)) {
            update.setLong(1, epoch);
            update.setArray(2, connection.createArrayOf("bigint", ids));
            update.setArray(3, connection.createArrayOf("bigint", balances));
            update.setArray(4, connection.createArrayOf("text", statuses));
            update.setArray(5, connection.createArrayOf("bigint", limits));
            update.setArray(6, connection.createArrayOf("bigint", pendingDebits));
            update.setArray(7, connection.createArrayOf("bigint", pendingCredits));
            update.executeUpdate();
        }
    }

    /** An entry's pending debits, pending credits and credit limit for one of its accounts, from {@code first} on. */
    private static void setHolds(PreparedStatement insert, int first, HoldsAndLimit holds) throws SQLException {
        insert.setLong(first, holds.pendingDebitsMinor());
        insert.setLong(first + 1, holds.pendingCreditsMinor());
        if (holds.creditLimitMinor().isPresent()) {
            insert.setLong(first + 2, holds.creditLimitMinor().getAsLong());
        } else {
            insert.setNull(first + 2, Types.BIGINT);
        }
    }

    private static void run(PreparedStatement batch, int rows) throws SQLException {
        if (rows > 0) {
            batch.executeBatch();
        }
    }
}
