package bankcore.persistence.sqlite;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventData;
import bankcore.core.domain.EventType;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.JournalHead;
import bankcore.core.port.out.LedgerTransaction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The writer's group seen as a {@link LedgerTransaction}. Reads are answered from the group's own
 * writes first, then from the writer's {@link CommittedState}, and only on a miss from SQLite (on
 * the writer's connection, inside the group's transaction); writes only go into the
 * {@link PendingGroup}, which {@link GroupWrites} flushes when the group commits.
 */
final class SqliteTransaction implements LedgerTransaction, AutoCloseable {
    /** Work on the writer's connection beside the ledger's rows; see {@link #beside}. */
    @FunctionalInterface
    interface Beside<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Connection connection;
    private final CommittedState committed;
    private final PendingGroup pending;
    private final PreparedStatement accountById;
    private final PreparedStatement cashAccount;
    private final PreparedStatement customerById;
    private final PreparedStatement customerByEmail;
    private final PreparedStatement anyAdmin;
    private final PreparedStatement idempotencyRecord;
    private final PreparedStatement transferById;
    private final PreparedStatement reversalOf;
    private final PreparedStatement endingOf;
    private final PreparedStatement holdsDueBy;
    private final PreparedStatement head;
    private final PreparedStatement lastIds;
    private final PreparedStatement lastEventPosition;

    SqliteTransaction(Connection connection, CommittedState committed, PendingGroup pending) throws SQLException {
        this.connection = connection;
        this.committed = committed;
        this.pending = pending;
        accountById = connection.prepareStatement(Rows.ACCOUNT_BY_ID);
        cashAccount = connection.prepareStatement(Rows.CASH_ACCOUNT);
        customerById = connection.prepareStatement(Rows.CUSTOMER_BY_ID);
        customerByEmail = connection.prepareStatement(Rows.CUSTOMER_BY_EMAIL);
        anyAdmin = connection.prepareStatement(Rows.ANY_ADMIN);
        idempotencyRecord = connection.prepareStatement(
                "SELECT fingerprint, transfer_ids, created_at FROM idempotency_key WHERE scope = ? AND key = ?");
        transferById = connection.prepareStatement(Rows.TRANSFER_BY_ID);
        reversalOf = connection.prepareStatement("SELECT " + Rows.TRANSFER_COLUMNS + " FROM journal WHERE reverses = ?");
        endingOf = connection.prepareStatement(Rows.ENDING_OF);
        holdsDueBy = connection.prepareStatement("SELECT " + Rows.TRANSFER_COLUMNS + " FROM journal WHERE id IN ("
                + "SELECT id FROM open_hold WHERE expires_at <= ? ORDER BY expires_at, seq LIMIT ?) "
                + "ORDER BY expires_at, seq");
        head = connection.prepareStatement("SELECT seq, hash, created_at FROM journal ORDER BY seq DESC LIMIT 1");
        lastIds = connection.prepareStatement(
                "SELECT (SELECT coalesce(max(id), 0) FROM account), (SELECT coalesce(max(id), 0) FROM customer)");
        lastEventPosition = connection.prepareStatement("SELECT coalesce(max(position), 0) FROM event");
    }

    /** Starts a group on the committed state, reading from the file what the writer does not know yet. */
    void startGroup() {
        if (committed.lastAccountId() == null || committed.lastCustomerId() == null) {
            long[] ids = one(lastIds, rs -> new long[] {rs.getLong(1), rs.getLong(2)}).orElseThrow();
            committed.lastIds(ids[0], ids[1]);
        }
        pending.start(committedHead(), committed.lastAccountId(), committed.lastCustomerId());
        if (committed.lastEventPosition() == null) {
            committed.lastEventPosition(one(lastEventPosition, rs -> rs.getLong(1)).orElseThrow());
        }
        pending.events().start(committed.lastEventPosition());
    }

    /**
     * Runs {@code work} at once on the writer's connection, inside the group's transaction, so it
     * commits or rolls back with the group: for rows beside the ledger that no command decides on and
     * no cache holds (webhook endpoints and their progress). Run again if the group is written again.
     */
    <T> T beside(Beside<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreFailureException("cannot write beside the ledger: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Account> account(long accountId) {
        Optional<Account> known = pending.account(accountId).or(() -> committed.account(accountId));
        if (known.isPresent()) {
            return known;
        }
        Optional<Account> read = one(bound(accountById, accountId), Rows::account);
        read.ifPresent(committed::remember);
        return read;
    }

    @Override
    public Optional<Account> systemAccount(Currency currency) {
        Optional<Long> known = pending.newCashAccountId(currency).or(() -> committed.cashAccountId(currency));
        if (known.isPresent()) {
            return account(known.get());
        }
        Optional<Account> read = one(bound(cashAccount, currency.getCurrencyCode()), Rows::account);
        read.ifPresent(committed::remember);
        return read.flatMap(cash -> account(cash.id()));
    }

    @Override
    public Account insertAccount(Account account) {
        return pending.addAccount(account);
    }

    @Override
    public void updateBalance(long accountId, long balanceMinor) {
        pending.change(existing(accountId).withBalance(balanceMinor));
    }

    @Override
    public void updateStatus(long accountId, AccountStatus status) {
        pending.change(existing(accountId).withStatus(status));
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return pending.customer(customerId).or(() -> one(bound(customerById, customerId), Rows::customer));
    }

    @Override
    public Optional<Customer> customerByEmail(String normalizedEmail) {
        return pending.customerByEmail(normalizedEmail)
                .or(() -> one(bound(customerByEmail, normalizedEmail), Rows::customer));
    }

    @Override
    public boolean anyAdmin() {
        return pending.anyAdmin() || one(anyAdmin, rs -> true).isPresent();
    }

    @Override
    public Customer insertCustomer(Customer customer) {
        return pending.addCustomer(customer);
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        Optional<IdempotencyRecord> known = pending.idempotencyRecord(key).or(() -> committed.idempotencyRecord(key));
        if (known.isPresent()) {
            return known;
        }
        Optional<IdempotencyRecord> read = one(bound(idempotencyRecord, key.scope(), key.key()),
                rs -> new IdempotencyRecord(key, rs.getString(1),
                        Arrays.stream(rs.getString(2).split(",")).map(UUID::fromString).toList(),
                        Rows.instant(rs.getLong(3))));
        read.ifPresent(committed::remember);
        return read;
    }

    @Override
    public void insertIdempotencyRecord(IdempotencyRecord record) {
        pending.add(record);
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return pending.transfer(transferId).or(() -> one(bound(transferById, transferId.toString()), Rows::transfer));
    }

    @Override
    public Optional<Transfer> reversalOf(UUID transferId) {
        return pending.reversalOf(transferId).or(() -> one(bound(reversalOf, transferId.toString()), Rows::transfer));
    }

    @Override
    public Optional<Transfer> endingOf(UUID holdId) {
        return pending.endingOf(holdId).or(() -> one(bound(endingOf, holdId.toString()), Rows::transfer));
    }

    /** The file's due holds not ended by this group, and the group's own due holds, earliest first. */
    @Override
    public List<Transfer> holdsDueBy(Instant instant, int limit) {
        List<Transfer> due = new ArrayList<>(list(bound(holdsDueBy, Rows.micros(instant), (long) limit), Rows::transfer));
        pending.journal().stream().filter(t -> t.isHold() && !t.expiresAt().isAfter(instant)).forEach(due::add);
        due.removeIf(hold -> pending.ends(hold.id()));
        due.sort(Comparator.comparing(Transfer::expiresAt).thenComparingLong(Transfer::sequence));
        return due.subList(0, Math.min(limit, due.size()));
    }

    @Override
    public void updatePending(long accountId, long pendingDebitsMinor, long pendingCreditsMinor) {
        pending.change(existing(accountId).withPending(pendingDebitsMinor, pendingCreditsMinor));
    }

    @Override
    public void updateCreditLimit(long accountId, long creditLimitMinor) {
        Account account = existing(accountId);
        pending.change(account.withCreditLimit(Money.of(creditLimitMinor, account.currency())));
    }

    @Override
    public JournalHead head() {
        return pending.head();
    }

    @Override
    public void append(Transfer t) {
        if (t.sequence() != head().sequence() + 1) {
            throw new IllegalStateException("transfer " + t.id() + " has sequence " + t.sequence()
                    + " but the journal is at " + head().sequence());
        }
        pending.append(t);
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        pending.add(entry);
    }

    @Override
    public long lastEventPosition() {
        return pending.events().lastPosition();
    }

    @Override
    public void appendEvent(Event event) {
        pending.events().append(event, snapshotOf(event));
    }

    /**
     * The sequence of the group's latest entry if the event's data is exactly that entry's snapshot (what the core
     * records after each entry), else 0. Compared in full, not assumed: an event is only stored by reference when
     * rendering its entry gives back the very text it came with (decision 0025).
     */
    private long snapshotOf(Event event) {
        List<Transfer> journal = pending.journal();
        if (event.type().resource() != EventType.Resource.TRANSFER || journal.isEmpty()) {
            return 0;
        }
        Transfer latest = journal.get(journal.size() - 1);
        return event.data().equals(EventData.of(latest)) ? latest.sequence() : 0;
    }

    @Override
    public void close() {
        for (PreparedStatement statement : new PreparedStatement[] {accountById, cashAccount, customerById,
                customerByEmail, anyAdmin, idempotencyRecord, transferById, reversalOf, endingOf, holdsDueBy, head, lastIds,
                lastEventPosition}) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing on shutdown: the connection closes next and takes the statement with it
            }
        }
    }

    private JournalHead committedHead() {
        if (committed.head() == null) {
            committed.head(one(head, rs -> new JournalHead(rs.getLong(1), rs.getString(2), Rows.instant(rs.getLong(3))))
                    .orElse(JournalHead.EMPTY));
        }
        return committed.head();
    }

    /** An account a command changes must exist: it read it first (the core's rules do). */
    private Account existing(long accountId) {
        return account(accountId).orElseThrow(() -> new IllegalStateException("account " + accountId
                + " is changed but does not exist"));
    }

    private static PreparedStatement bound(PreparedStatement statement, Object... args) {
        try {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Long number) {
                    statement.setLong(i + 1, number);
                } else {
                    statement.setString(i + 1, (String) args[i]);
                }
            }
            return statement;
        } catch (SQLException e) {
            throw new StoreFailureException("binding a look-up failed", e);
        }
    }

    private static <T> List<T> list(PreparedStatement statement, ReadConnections.RowMapper<T> mapper) {
        try (ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreFailureException("read failed", e);
        }
    }

    private static <T> Optional<T> one(PreparedStatement statement, ReadConnections.RowMapper<T> mapper) {
        try (ResultSet rs = statement.executeQuery()) {
            return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new StoreFailureException("read failed", e);
        }
    }
}
