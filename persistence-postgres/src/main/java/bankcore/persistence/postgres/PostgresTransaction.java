package bankcore.persistence.postgres;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.Transfer;
import bankcore.core.port.out.IdempotencyRecord;
import bankcore.core.port.out.JournalHead;
import bankcore.core.port.out.LedgerTransaction;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One group's transaction seen as a {@link LedgerTransaction}. It starts by locking the journal's
 * append lock, which every writing transaction of every node takes first: from then on nobody else
 * writes until this one commits, so what it reads stays true, the head it continues is the last
 * one, and the ids it hands out are free. Reads are answered from the command's writes, then the
 * group's, then this node's {@link CommittedAccounts}, and only then from PostgreSQL; writes stay in memory
 * ({@link WriteLayer}) until {@link GroupWrites} flushes them just before the commit.
 */
final class PostgresTransaction implements LedgerTransaction {
    /**
     * Its own statement, before anything is read: a READ COMMITTED statement reads as of its start,
     * so reads in the statement that waited for the lock would miss what the holder committed.
     */
    private static final String LOCK = "UPDATE journal_append_lock SET epoch = epoch + 1 WHERE id = 1 RETURNING epoch";
    private static final String START = "SELECT (SELECT coalesce(max(id), 0) FROM account), "
            + "(SELECT coalesce(max(id), 0) FROM customer), j.seq, j.hash, j.created_at "
            + "FROM (SELECT 1) AS one LEFT JOIN (SELECT seq, hash, created_at FROM journal ORDER BY seq DESC LIMIT 1) "
            + "AS j ON true";

    private final Connection connection;
    private final WriteLayer group = new WriteLayer();
    private final WriteLayer command = new WriteLayer();
    private final CommittedAccounts committed;
    private final long epoch;
    private JournalHead head;
    private long lastAccountId;
    private long lastCustomerId;
    private Mark commandStart;
    /** The feed's last position, read under the lock: every node's events are below it. */
    private long lastEventPosition;
    private long commandStartEventPosition;

    private record Mark(JournalHead head, long lastAccountId, long lastCustomerId) {
    }

    /** @param connection not in auto-commit: the transaction is the caller's to commit or roll back */
    PostgresTransaction(Connection connection, CommittedAccounts committed) throws SQLException {
        this.connection = connection;
        this.committed = committed;
        this.epoch = PgReads.list(connection, LOCK, rs -> rs.getLong(1)).get(0);
        committed.catchUp(connection, epoch - 1);
        PgReads.list(connection, START, rs -> {
            lastAccountId = rs.getLong(1);
            lastCustomerId = rs.getLong(2);
            long seq = rs.getLong(3);
            head = rs.wasNull() ? JournalHead.EMPTY
                    : new JournalHead(seq, rs.getString(4), PgRows.instant(rs.getLong(5)));
            return seq;
        });
        lastEventPosition = PgReads.list(connection, "SELECT coalesce(max(position), 0) FROM event",
                rs -> rs.getLong(1)).get(0);
    }

    void beginCommand() {
        command.clear();
        commandStart = new Mark(head, lastAccountId, lastCustomerId);
        commandStartEventPosition = lastEventPosition;
    }

    void commandDone() {
        command.mergeInto(group);
    }

    void commandRefused() {
        command.clear();
        head = commandStart.head();
        lastAccountId = commandStart.lastAccountId();
        lastCustomerId = commandStart.lastCustomerId();
        lastEventPosition = commandStartEventPosition;
    }

    WriteLayer writes() {
        return group;
    }

    /** The write epoch this group commits as. */
    long epoch() {
        return epoch;
    }

    @Override
    public Optional<Account> account(long accountId) {
        Optional<Account> known = command.account(accountId).or(() -> group.account(accountId))
                .or(() -> committed.account(accountId));
        if (known.isPresent()) {
            return known;
        }
        Optional<Account> fromDatabase = one(PgRows.ACCOUNT_BY_ID, PgRows::account, accountId);
        fromDatabase.ifPresent(committed::remember);
        return fromDatabase;
    }

    @Override
    public Optional<Account> systemAccount(Currency currency) {
        Optional<Long> known = command.newCashAccountId(currency).or(() -> group.newCashAccountId(currency))
                .or(() -> committed.cashAccountId(currency));
        if (known.isPresent()) {
            return account(known.get());
        }
        Optional<Account> fromDatabase = one(PgRows.CASH_ACCOUNT, PgRows::account, currency.getCurrencyCode());
        fromDatabase.ifPresent(committed::remember);
        return fromDatabase;
    }

    @Override
    public Account insertAccount(Account account) {
        Account stored = account.withId(++lastAccountId);
        command.addNew(stored);
        return stored;
    }

    @Override
    public void updateBalance(long accountId, long balanceMinor) {
        command.put(existing(accountId).withBalance(balanceMinor));
    }

    @Override
    public void updateStatus(long accountId, AccountStatus status) {
        command.put(existing(accountId).withStatus(status));
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return command.customer(customerId).or(() -> group.customer(customerId))
                .or(() -> one(PgRows.CUSTOMER_BY_ID, PgRows::customer, customerId));
    }

    @Override
    public Optional<Customer> customerByEmail(String normalizedEmail) {
        return command.customerByEmail(normalizedEmail).or(() -> group.customerByEmail(normalizedEmail))
                .or(() -> one(PgRows.CUSTOMER_BY_EMAIL, PgRows::customer, normalizedEmail));
    }

    @Override
    public boolean anyAdmin() {
        return command.anyAdmin() || group.anyAdmin() || one(PgRows.ANY_ADMIN, rs -> true).isPresent();
    }

    @Override
    public Customer insertCustomer(Customer customer) {
        Customer stored = customer.withId(++lastCustomerId);
        command.add(stored);
        return stored;
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return command.idempotencyRecord(key).or(() -> group.idempotencyRecord(key))
                .or(() -> one("SELECT fingerprint, transfer_ids, created_at FROM idempotency_key "
                                + "WHERE scope = ? AND key = ?",
                        rs -> new IdempotencyRecord(key, rs.getString(1),
                                Arrays.stream(rs.getString(2).split(",")).map(UUID::fromString).toList(),
                                PgRows.instant(rs.getLong(3))),
                        key.scope(), key.key()));
    }

    @Override
    public void insertIdempotencyRecord(IdempotencyRecord record) {
        command.add(record);
    }

    @Override
    public void appendAudit(AuditEntry entry) {
        command.add(entry);
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return command.transfer(transferId).or(() -> group.transfer(transferId))
                .or(() -> one(PgRows.TRANSFER_BY_ID, PgRows::transfer, transferId));
    }

    @Override
    public Optional<Transfer> reversalOf(UUID transferId) {
        return command.reversalOf(transferId).or(() -> group.reversalOf(transferId))
                .or(() -> one("SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE reverses = ?",
                        PgRows::transfer, transferId));
    }

    @Override
    public Optional<Transfer> endingOf(UUID holdId) {
        return command.endingOf(holdId).or(() -> group.endingOf(holdId))
                .or(() -> one(PgRows.ENDING_OF, PgRows::transfer, holdId));
    }

    /** The database's due holds not ended by this group, and the group's own due holds, earliest first. */
    @Override
    public List<Transfer> holdsDueBy(Instant instant, int limit) {
        List<Transfer> due = new ArrayList<>(list("SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE id IN ("
                + "SELECT id FROM open_hold WHERE expires_at <= ? ORDER BY expires_at, seq LIMIT ?)",
                PgRows::transfer, PgRows.micros(instant), limit));
        Stream.concat(group.journal().stream(), command.journal().stream())
                .filter(t -> t.isHold() && !t.expiresAt().isAfter(instant)).forEach(due::add);
        due.removeIf(hold -> group.endingOf(hold.id()).isPresent() || command.endingOf(hold.id()).isPresent());
        due.sort(Comparator.comparing(Transfer::expiresAt).thenComparingLong(Transfer::sequence));
        return due.subList(0, Math.min(limit, due.size()));
    }

    @Override
    public void updatePending(long accountId, long pendingDebitsMinor, long pendingCreditsMinor) {
        command.put(existing(accountId).withPending(pendingDebitsMinor, pendingCreditsMinor));
    }

    @Override
    public void updateCreditLimit(long accountId, long creditLimitMinor) {
        Account account = existing(accountId);
        command.put(account.withCreditLimit(Money.of(creditLimitMinor, account.currency())));
    }

    @Override
    public JournalHead head() {
        return head;
    }

    @Override
    public void append(Transfer t) {
        if (t.sequence() != head.sequence() + 1) {
            throw new IllegalStateException("transfer " + t.id() + " has sequence " + t.sequence()
                    + " but the journal is at " + head.sequence());
        }
        command.append(t);
        head = new JournalHead(t.sequence(), t.hash(), t.createdAt());
    }

    @Override
    public long lastEventPosition() {
        return lastEventPosition;
    }

    @Override
    public void appendEvent(Event event) {
        if (event.position() != lastEventPosition + 1) {
            throw new IllegalStateException("event " + event.id() + " has position " + event.position()
                    + " but the feed is at " + lastEventPosition);
        }
        command.add(event);
        lastEventPosition = event.position();
    }

    /** An account a command changes must exist: it read it first (the core's rules do). */
    private Account existing(long accountId) {
        return account(accountId).orElseThrow(() -> new IllegalStateException("account " + accountId
                + " is changed but does not exist"));
    }

    private <T> List<T> list(String sql, PgReads.RowMapper<T> mapper, Object... args) {
        try {
            return PgReads.list(connection, sql, mapper, args);
        } catch (SQLException e) {
            throw new StoreFailureException("read failed: " + sql, e);
        }
    }

    private <T> Optional<T> one(String sql, PgReads.RowMapper<T> mapper, Object... args) {
        List<T> rows = list(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
