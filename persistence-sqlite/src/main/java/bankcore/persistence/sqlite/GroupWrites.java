package bankcore.persistence.sqlite;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes a {@link PendingGroup} into the open transaction with batched prepared statements and
 * typed setters: new customers, new accounts (in their final state), journal entries (each linked to
 * the previous entry of both its accounts, decision 0024) and the marks of every 64th entry of an
 * account, the per-minute volume of the group's entries in one statement, idempotency records, one
 * UPDATE per existing account the group touched (its state and where its entries now end), the audit
 * rows, and the events (an entry's by reference to it, decision 0025). Where accounts' entries end is
 * kept in {@link CommittedState} between groups, as the accounts are, and read from the file on a
 * miss. The schema's CHECKs, foreign keys and triggers apply to these rows as to any: they are the
 * last line of defence.
 */
final class GroupWrites implements AutoCloseable {
    private final PreparedStatement insertCustomer;
    private final PreparedStatement insertAccount;
    private final PreparedStatement insertJournal;
    private final PreparedStatement insertKey;
    private final PreparedStatement updateAccount;
    private final PreparedStatement insertAudit;
    private final PreparedStatement insertEvent;
    private final PreparedStatement addVolume;
    private final PreparedStatement readEnd;
    private final PreparedStatement updateEnd;
    private final PreparedStatement insertMark;
    private final CommittedState committed;
    /** Where the entries of the accounts the group touched end after it, until it is committed. */
    private final Map<Long, AccountEnd> groupEnds = new LinkedHashMap<>();
    private int marks;

    GroupWrites(Connection connection, CommittedState committed) throws SQLException {
        this.committed = committed;
        insertCustomer = connection.prepareStatement(
                "INSERT INTO customer (" + Rows.CUSTOMER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)");
        insertAccount = connection.prepareStatement("INSERT INTO account (" + Rows.ACCOUNT_COLUMNS
                + ", last_seq, entries) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertJournal = connection.prepareStatement(
                "INSERT INTO journal (" + Rows.TRANSFER_COLUMNS + ", debit_prev_seq, credit_prev_seq) VALUES (?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        readEnd = connection.prepareStatement("SELECT coalesce(last_seq, 0), entries FROM account WHERE id = ?");
        updateEnd = connection.prepareStatement("UPDATE account SET last_seq = ?, entries = ? WHERE id = ?");
        insertMark = connection.prepareStatement("INSERT INTO journal_mark (account_id, seq) VALUES (?, ?)");
        insertKey = connection.prepareStatement(
                "INSERT INTO idempotency_key (scope, key, fingerprint, transfer_ids, created_at) VALUES (?, ?, ?, ?, ?)");
        // One UPDATE per account moves its state and where its entries end; NULLs keep an end the group did not move.
        updateAccount = connection.prepareStatement("UPDATE account SET balance = ?, status = ?, credit_limit = ?, "
                + "pending_debits = ?, pending_credits = ?, last_seq = coalesce(?, last_seq), "
                + "entries = coalesce(?, entries) WHERE id = ?");
        insertAudit = connection.prepareStatement("INSERT INTO audit_log (" + Rows.AUDIT_INSERT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insertEvent = connection.prepareStatement(
                "INSERT INTO event (" + Rows.EVENT_COLUMNS + ", entry_seq) VALUES (?, ?, ?, ?, ?, ?)");
        // Reads back the rows the group just wrote (a range of the journal's rowid, in the cache): one upsert
        // per (currency, minute) the group touched instead of one per entry. Holds, voids and expiries move
        // no money and are not volume. "WHERE" keeps SQLite from reading ON CONFLICT as a join's ON.
        addVolume = connection.prepareStatement("INSERT INTO volume_by_minute (currency, minute, transfers, volume) "
                + "SELECT currency, created_at / 60000000, count(*), sum(amount) FROM journal "
                + "WHERE seq BETWEEN ? AND ? AND kind IN ('POSTED', 'CAPTURE') GROUP BY 1, 2 "
                + "ON CONFLICT (currency, minute) DO UPDATE SET transfers = transfers + excluded.transfers, "
                + "volume = volume + excluded.volume");
    }

    void write(PendingGroup group) throws SQLException {
        groupEnds.clear();
        // A group that failed may have left marks batched before its journal was refused.
        insertMark.clearBatch();
        marks = 0;
        List<Transfer> journal = group.journal();
        // The links first, so that each account's row is written once, with where its entries now end.
        AccountEnd[] links = new AccountEnd[2 * journal.size()];
        for (int i = 0; i < journal.size(); i++) {
            Transfer t = journal.get(i);
            links[2 * i] = extend(t.debitAccountId(), t.sequence());
            links[2 * i + 1] = extend(t.creditAccountId(), t.sequence());
        }
        for (Customer c : group.customers()) {
            insertCustomer.setLong(1, c.id());
            insertCustomer.setString(2, c.name());
            insertCustomer.setString(3, c.email());
            insertCustomer.setString(4, c.role().name());
            insertCustomer.setLong(5, Rows.micros(c.createdAt()));
            setNullableString(insertCustomer, 6, c.passwordHash());
            insertCustomer.addBatch();
        }
        run(insertCustomer, group.customers().size());
        Set<Long> endsWritten = new HashSet<>();
        List<Account> newAccounts = group.newAccounts();
        for (Account a : newAccounts) {
            insertAccount.setLong(1, a.id());
            if (a.isSystem()) {
                insertAccount.setNull(2, Types.INTEGER);
            } else {
                insertAccount.setLong(2, a.ownerId());
            }
            insertAccount.setString(3, a.currency().getCurrencyCode());
            insertAccount.setLong(4, a.balanceMinor());
            insertAccount.setString(5, a.status().name());
            insertAccount.setString(6, a.kind().name());
            insertAccount.setLong(7, Rows.micros(a.createdAt()));
            insertAccount.setLong(8, a.creditLimitMinor());
            insertAccount.setLong(9, a.pendingDebitsMinor());
            insertAccount.setLong(10, a.pendingCreditsMinor());
            AccountEnd end = groupEnds.getOrDefault(a.id(), AccountEnd.NONE);
            setLink(insertAccount, 11, end);
            insertAccount.setLong(12, end.entries());
            endsWritten.add(a.id());
            insertAccount.addBatch();
        }
        run(insertAccount, newAccounts.size());
        for (int i = 0; i < journal.size(); i++) {
            Transfer t = journal.get(i);
            insertJournal.setLong(1, t.sequence());
            insertJournal.setString(2, t.id().toString());
            insertJournal.setLong(3, t.debitAccountId());
            insertJournal.setLong(4, t.creditAccountId());
            insertJournal.setLong(5, t.amount().amountMinor());
            insertJournal.setString(6, t.amount().currency().getCurrencyCode());
            insertJournal.setString(7, t.description());
            insertJournal.setLong(8, Rows.micros(t.createdAt()));
            setNullableString(insertJournal, 9, t.reverses() == null ? null : t.reverses().toString());
            insertJournal.setLong(10, t.debitBalanceAfterMinor());
            insertJournal.setLong(11, t.creditBalanceAfterMinor());
            insertJournal.setString(12, t.hash());
            insertJournal.setString(13, t.kind().name());
            setNullableString(insertJournal, 14, t.ends() == null ? null : t.ends().toString());
            if (t.expiresAt() == null) {
                insertJournal.setNull(15, Types.INTEGER);
            } else {
                insertJournal.setLong(15, Rows.micros(t.expiresAt()));
            }
            setHolds(insertJournal, 16, t.debitHoldsAfter());
            setHolds(insertJournal, 19, t.creditHoldsAfter());
            setLink(insertJournal, 22, links[2 * i]);
            setLink(insertJournal, 23, links[2 * i + 1]);
            insertJournal.addBatch();
        }
        run(insertJournal, journal.size());
        run(insertMark, marks);
        addVolume(journal);
        for (IdempotencyRecord r : group.keys()) {
            insertKey.setString(1, r.key().scope());
            insertKey.setString(2, r.key().key());
            insertKey.setString(3, r.requestFingerprint());
            insertKey.setString(4, r.transferIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
            insertKey.setLong(5, Rows.micros(r.createdAt()));
            insertKey.addBatch();
        }
        run(insertKey, group.keys().size());
        List<Account> changed = group.changedAccounts();
        for (Account a : changed) {
            updateAccount.setLong(1, a.balanceMinor());
            updateAccount.setString(2, a.status().name());
            updateAccount.setLong(3, a.creditLimitMinor());
            updateAccount.setLong(4, a.pendingDebitsMinor());
            updateAccount.setLong(5, a.pendingCreditsMinor());
            AccountEnd end = groupEnds.get(a.id());
            if (end == null) {
                updateAccount.setNull(6, Types.INTEGER);
                updateAccount.setNull(7, Types.INTEGER);
            } else {
                updateAccount.setLong(6, end.lastSequence());
                updateAccount.setLong(7, end.entries());
            }
            updateAccount.setLong(8, a.id());
            endsWritten.add(a.id());
            updateAccount.addBatch();
        }
        run(updateAccount, changed.size());
        writeOtherEnds(endsWritten);
        for (AuditEntry e : group.audit()) {
            insertAudit.setLong(1, Rows.micros(e.at()));
            insertAudit.setString(2, e.action().name());
            if (e.context().actorId().isPresent()) {
                insertAudit.setLong(3, e.context().actorId().getAsLong());
            } else {
                insertAudit.setNull(3, Types.INTEGER);
            }
            insertAudit.setString(4, e.context().clientAddress());
            insertAudit.setString(5, e.context().requestId());
            insertAudit.setLong(6, e.accountId());
            setNullableString(insertAudit, 7, e.transferId().map(UUID::toString).orElse(null));
            setNullableLong(insertAudit, 8, e.creditLimitMinor());
            insertAudit.addBatch();
        }
        run(insertAudit, group.audit().size());
        writeEvents(group.events().events());
    }

    /** The group is durable: where its accounts' entries end is now committed. */
    void absorbCommitted() {
        groupEnds.forEach(committed::remember);
    }

    /**
     * Moves the account's end on to {@code sequence}, and returns where it was: the entry's link. An account the
     * writer has not seen yet is read in the group's transaction, before the group writes its end.
     */
    private AccountEnd extend(long accountId, long sequence) throws SQLException {
        AccountEnd end = groupEnds.get(accountId);
        if (end == null) {
            end = committed.end(accountId);
        }
        if (end == null) {
            end = readEnd(accountId);
            committed.remember(accountId, end);
        }
        AccountEnd after = end.after(sequence);
        groupEnds.put(accountId, after);
        if (after.atMark()) {
            insertMark.setLong(1, accountId);
            insertMark.setLong(2, sequence);
            insertMark.addBatch();
            marks++;
        }
        return end;
    }

    private AccountEnd readEnd(long accountId) throws SQLException {
        readEnd.setLong(1, accountId);
        try (ResultSet rs = readEnd.executeQuery()) {
            // An account that is not in the file yet is one this group opens: it has no entries.
            return rs.next() ? new AccountEnd(rs.getLong(1), rs.getLong(2)) : AccountEnd.NONE;
        }
    }

    /**
     * The ends of accounts the group has entries of but neither opened nor changed. The core changes both accounts
     * of every entry it appends, so there are none today; the store does not count on it.
     */
    private void writeOtherEnds(Set<Long> written) throws SQLException {
        int rows = 0;
        for (Map.Entry<Long, AccountEnd> e : groupEnds.entrySet()) {
            if (!written.contains(e.getKey())) {
                updateEnd.setLong(1, e.getValue().lastSequence());
                updateEnd.setLong(2, e.getValue().entries());
                updateEnd.setLong(3, e.getKey());
                updateEnd.addBatch();
                rows++;
            }
        }
        run(updateEnd, rows);
    }

    private static void setLink(PreparedStatement statement, int index, AccountEnd previous) throws SQLException {
        if (previous.lastSequence() == 0) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, previous.lastSequence());
        }
    }

    /** The group's entries have consecutive sequence numbers, in order. */
    private void addVolume(List<Transfer> journal) throws SQLException {
        if (journal.isEmpty()) {
            return;
        }
        addVolume.setLong(1, journal.get(0).sequence());
        addVolume.setLong(2, journal.get(journal.size() - 1).sequence());
        addVolume.executeUpdate();
    }

    /** An entry's snapshot is stored as a reference to the entry, with empty data (decision 0025). */
    private void writeEvents(List<PendingEvents.Pending> events) throws SQLException {
        for (PendingEvents.Pending pending : events) {
            Event e = pending.event();
            insertEvent.setLong(1, e.position());
            insertEvent.setString(2, e.id().toString());
            insertEvent.setString(3, e.type().wireName());
            insertEvent.setLong(4, Rows.micros(e.occurredAt()));
            if (pending.entrySequence() == 0) {
                insertEvent.setString(5, e.data());
                insertEvent.setNull(6, Types.INTEGER);
            } else {
                insertEvent.setString(5, "");
                insertEvent.setLong(6, pending.entrySequence());
            }
            insertEvent.addBatch();
        }
        run(insertEvent, events.size());
    }

    @Override
    public void close() {
        for (PreparedStatement statement : new PreparedStatement[] {insertCustomer, insertAccount, insertJournal,
                insertKey, updateAccount, insertAudit, insertEvent, addVolume, readEnd, updateEnd, insertMark}) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing on shutdown: the connection closes next and takes the statement with it
            }
        }
    }

    private static void run(PreparedStatement batch, int rows) throws SQLException {
        if (rows > 0) {
            batch.executeBatch();
        }
    }

    /** An entry's pending debits, pending credits and credit limit for one of its accounts, from {@code first} on. */
    private static void setHolds(PreparedStatement statement, int first, HoldsAndLimit holds) throws SQLException {
        statement.setLong(first, holds.pendingDebitsMinor());
        statement.setLong(first + 1, holds.pendingCreditsMinor());
        setNullableLong(statement, first + 2, holds.creditLimitMinor());
    }

    private static void setNullableLong(PreparedStatement statement, int index, OptionalLong value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.getAsLong());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static void setNullableString(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
