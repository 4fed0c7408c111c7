package bankcore.persistence.sqlite;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.Customer;
import bankcore.core.domain.IdempotencyKey;
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
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The writer connection seen as a {@link LedgerTransaction}. Statements are prepared once and reused
 * for every transaction. The journal head is read once per transaction and then tracked in memory,
 * since only this writer appends; {@link #mark()} and {@link #reset(JournalHead)} keep it right when
 * a command's savepoint is rolled back.
 */
final class SqliteTransaction implements LedgerTransaction {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private JournalHead head;

    SqliteTransaction(Connection connection) {
        this.connection = connection;
    }

    /** Forgets what it knew of the last transaction, which may have been rolled back. */
    void begin() {
        head = null;
    }

    JournalHead mark() {
        return head;
    }

    void reset(JournalHead marked) {
        head = marked;
    }

    @Override
    public Optional<Account> account(long accountId) {
        return one(Rows.ACCOUNT_BY_ID, rs -> Rows.account(rs), accountId);
    }

    @Override
    public Optional<Account> systemAccount(Currency currency) {
        return one(Rows.CASH_ACCOUNT,
                rs -> Rows.account(rs), currency.getCurrencyCode());
    }

    @Override
    public Account insertAccount(Account account) {
        long id = insert("INSERT INTO account (owner_id, currency, balance, status, kind, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                account.isSystem() ? null : account.ownerId(), account.currency().getCurrencyCode(),
                account.balanceMinor(), account.status().name(), account.kind().name(), Rows.micros(account.createdAt()));
        return account.withId(id);
    }

    @Override
    public void updateBalance(long accountId, long balanceMinor) {
        update("UPDATE account SET balance = ? WHERE id = ?", balanceMinor, accountId);
    }

    @Override
    public void updateStatus(long accountId, AccountStatus status) {
        update("UPDATE account SET status = ? WHERE id = ?", status.name(), accountId);
    }

    @Override
    public Optional<Customer> customer(long customerId) {
        return one(Rows.CUSTOMER_BY_ID, rs -> Rows.customer(rs),
                customerId);
    }

    @Override
    public Optional<Customer> customerByEmail(String normalizedEmail) {
        return one(Rows.CUSTOMER_BY_EMAIL, rs -> Rows.customer(rs),
                normalizedEmail);
    }

    @Override
    public boolean anyAdmin() {
        return one(Rows.ANY_ADMIN, rs -> true).isPresent();
    }

    @Override
    public Customer insertCustomer(Customer customer) {
        long id = insert("INSERT INTO customer (name, email, role, created_at, password_hash) VALUES (?, ?, ?, ?, ?)",
                customer.name(), customer.email(), customer.role().name(), Rows.micros(customer.createdAt()),
                customer.passwordHash());
        return customer.withId(id);
    }

    @Override
    public Optional<IdempotencyRecord> idempotencyRecord(IdempotencyKey key) {
        return one("SELECT fingerprint, transfer_ids FROM idempotency_key WHERE scope = ? AND key = ?",
                rs -> new IdempotencyRecord(key, rs.getString(1),
                        Arrays.stream(rs.getString(2).split(",")).map(UUID::fromString).toList()),
                key.scope(), key.key());
    }

    @Override
    public void insertIdempotencyRecord(IdempotencyRecord record) {
        update("INSERT INTO idempotency_key (scope, key, fingerprint, transfer_ids, created_at) VALUES (?, ?, ?, ?, ?)",
                record.key().scope(), record.key().key(), record.requestFingerprint(),
                String.join(",", record.transferIds().stream().map(UUID::toString).toList()),
                Rows.micros(Instant.now()));
    }

    @Override
    public Optional<Transfer> transfer(UUID transferId) {
        return one(Rows.TRANSFER_BY_ID, rs -> Rows.transfer(rs),
                transferId.toString());
    }

    @Override
    public Optional<Transfer> reversalOf(UUID transferId) {
        return one("SELECT " + Rows.TRANSFER_COLUMNS + " FROM journal WHERE reverses = ?", rs -> Rows.transfer(rs),
                transferId.toString());
    }

    @Override
    public JournalHead head() {
        if (head == null) {
            head = one("SELECT seq, hash, created_at FROM journal ORDER BY seq DESC LIMIT 1",
                    rs -> new JournalHead(rs.getLong(1), rs.getString(2), Rows.instant(rs.getLong(3))))
                    .orElse(JournalHead.EMPTY);
        }
        return head;
    }

    @Override
    public void append(Transfer t) {
        if (t.sequence() != head().sequence() + 1) {
            throw new IllegalStateException("transfer " + t.id() + " has sequence " + t.sequence()
                    + " but the journal is at " + head().sequence());
        }
        update("INSERT INTO journal (" + Rows.TRANSFER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                t.sequence(), t.id().toString(), t.debitAccountId(), t.creditAccountId(), t.amount().amountMinor(),
                t.amount().currency().getCurrencyCode(), t.description(), Rows.micros(t.createdAt()),
                t.reverses() == null ? null : t.reverses().toString(), t.debitBalanceAfterMinor(),
                t.creditBalanceAfterMinor(), t.hash());
        head = new JournalHead(t.sequence(), t.hash(), t.createdAt());
    }

    void close() {
        for (PreparedStatement statement : statements.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // closing on shutdown: the connection closes next and takes the statement with it
            }
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
        try {
            PreparedStatement statement = prepared(sql, args);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreFailureException("read failed: " + sql, e);
        }
    }

    private void update(String sql, Object... args) {
        try {
            prepared(sql, args).executeUpdate();
        } catch (SQLException e) {
            throw new StoreFailureException("write failed: " + sql, e);
        }
    }

    private long insert(String sql, Object... args) {
        try {
            prepared(sql, args).executeUpdate();
            try (ResultSet rs = prepared("SELECT last_insert_rowid()").executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreFailureException("insert failed: " + sql, e);
        }
    }

    private PreparedStatement prepared(String sql, Object... args) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
