package bankcore.persistence.postgres;

import bankcore.core.domain.Account;
import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Event;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.StoreHealth;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.core.port.out.CurrencyTotals;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerStore;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger and its customers on PostgreSQL. Any number of nodes (processes) may open the same
 * database: each has one group-committing writer and a HikariCP pool, and every writing
 * transaction first locks the journal's append lock, so the hash chain stays one and the sequence
 * gap-free (docs/decisions/0010-postgres-locking-and-chain.md).
 * <pre>{@code
 * PostgresLedgerStore store = PostgresLedgerStore.open("jdbc:postgresql://db:5432/bank?user=bank", null, null);
 * }</pre>
 */
public final class PostgresLedgerStore implements LedgerStore, CustomerStore {
    private static final int POOL_SIZE = 8;
    private static final int QUEUE_CAPACITY = 10_000;
    private static final String IDLE_IN_GROUP_LIMIT = "30s";
    public static final Duration DEFAULT_WRITE_WAIT = Duration.ofSeconds(5);
    /** HikariCP refuses a connection timeout below this. */
    private static final long SHORTEST_CONNECTION_WAIT_MS = 250;

    private final String jdbcUrl;
    private final HikariDataSource pool;
    private final GroupCommitWriter writer;
    private final PgReads readers;

    private PostgresLedgerStore(String jdbcUrl, HikariDataSource pool, Duration writeWait) {
        this.jdbcUrl = jdbcUrl;
        this.pool = pool;
        this.writer = new GroupCommitWriter(pool, QUEUE_CAPACITY, "bankcore-postgres-writer", writeWait);
        this.readers = new PgReads(pool);
    }

    /**
     * Opens (creating and migrating the schema when needed) the ledger at a {@code jdbc:postgresql:}
     * URL; a user or password given here (null: none) wins over the URL's.
     */
    public static PostgresLedgerStore open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_WRITE_WAIT);
    }

    /**
     * The same, with the bound on how long a write waits for the append lock or a connection (a lock held
     * by someone else, a server out of reach) before it is refused with {@code StoreBusyException}.
     */
    public static PostgresLedgerStore open(String jdbcUrl, String user, String password, Duration writeWait) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("bankcore-postgres");
        // A server out of reach: no caller waits longer than the write wait for a connection.
        config.setConnectionTimeout(Math.max(SHORTEST_CONNECTION_WAIT_MS, writeWait.toMillis()));
        String connectSeconds = Long.toString(Math.max(1, writeWait.toSeconds()));
        config.addDataSourceProperty("connectTimeout", connectSeconds);
        config.addDataSourceProperty("loginTimeout", connectSeconds);
        // A group's inserts go as multi-row INSERTs instead of one statement per row.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // A node that stalls inside a group holds the append lock for every node: the server ends
        // such a transaction (nothing of it was acknowledged) instead of letting the bank wait.
        config.setConnectionInitSql("SET idle_in_transaction_session_timeout = '" + IDLE_IN_GROUP_LIMIT + "'");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreFailureException("cannot connect to " + withoutPassword(jdbcUrl), e);
        }
        try {
            PostgresSchema.migrate(pool, withoutPassword(jdbcUrl));
            return new PostgresLedgerStore(jdbcUrl, pool, writeWait);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return withoutPassword(jdbcUrl);
    }

    /** For the credential and webhook stores, which borrow the pool: their writes touch no money and need no group commit. */
    HikariDataSource pool() {
        return pool;
    }

    @Override
    public <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        return writer.write(commands);
    }

    /** Whether this node's last attempt at the append lock (a write, or its probe while in trouble) got it. */
    @Override
    public StoreHealth health() {
        return writer.health();
    }

    @Override
    public Optional<Account> findAccount(long accountId) {
        return readers.one(PgRows.ACCOUNT_BY_ID, PgRows::account, accountId);
    }

    @Override
    public List<Account> accountsOwnedBy(long customerId) {
        return readers.list("SELECT " + PgRows.ACCOUNT_COLUMNS + " FROM account WHERE owner_id = ? ORDER BY id",
                PgRows::account, customerId);
    }

    @Override
    public Optional<Account> findSystemAccount(Currency currency) {
        return readers.one(PgRows.CASH_ACCOUNT, PgRows::account, currency.getCurrencyCode());
    }

    @Override
    public List<Account> accounts(long afterId, int limit) {
        return readers.list("SELECT " + PgRows.ACCOUNT_COLUMNS + " FROM account WHERE id > ? ORDER BY id LIMIT ?",
                PgRows::account, afterId, limit);
    }

    @Override
    public long countAccounts() {
        return readers.number("SELECT count(*) FROM account");
    }

    @Override
    public List<AuditEntry> auditLog(long beforeSequence, int limit) {
        return readers.list("SELECT " + PgRows.AUDIT_COLUMNS + " FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?",
                PgRows::auditEntry, beforeSequence, limit);
    }

    @Override
    public Optional<AuditEntry> lastCreditLimitChange(long accountId, Instant instant) {
        return readers.one("SELECT " + PgRows.AUDIT_COLUMNS + " FROM audit_log WHERE account_id = ? "
                        + "AND action = 'SET_CREDIT_LIMIT' AND at <= ? ORDER BY seq DESC LIMIT 1",
                PgRows::auditEntry, accountId, PgRows.micros(instant));
    }

    @Override
    public Optional<Transfer> findTransfer(UUID transferId) {
        return readers.one(PgRows.TRANSFER_BY_ID, PgRows::transfer, transferId);
    }

    @Override
    public List<Event> events(long afterPosition, int limit) {
        return readers.list("SELECT " + PgRows.EVENT_COLUMNS + " FROM event WHERE position > ? ORDER BY position LIMIT ?",
                PgRows::event, afterPosition, limit);
    }

    @Override
    public long lastEventPosition() {
        return readers.number("SELECT coalesce(max(position), 0) FROM event");
    }

    @Override
    public Optional<Transfer> findEnding(UUID holdId) {
        return readers.one(PgRows.ENDING_OF, PgRows::transfer, holdId);
    }

    @Override
    public List<Transfer> journal(long afterSequence, int limit) {
        return readers.list("SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE seq > ? ORDER BY seq LIMIT ?",
                PgRows::transfer, afterSequence, limit);
    }

    @Override
    public long countTransfers() {
        // The sequence is gap-free (the verifier checks it), so its maximum is the count: a look-up, not a scan.
        return readers.number("SELECT coalesce(max(seq), 0) FROM journal");
    }

    /** Each side of the account is one walk down its (account, seq) index, newest first. */
    @Override
    public List<Transfer> transfersOf(long accountId, long beforeSequence, Instant from, Instant to, int limit) {
        String side = "SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE %s = ? AND seq < ? "
                + "AND created_at >= ? AND created_at < ? ORDER BY seq DESC LIMIT ?";
        long fromMicros = PgRows.micros(from);
        long toMicros = PgRows.micros(to);
        return readers.list("(" + side.formatted("debit_account_id") + ") UNION ALL ("
                        + side.formatted("credit_account_id") + ") ORDER BY seq DESC LIMIT ?", PgRows::transfer,
                accountId, beforeSequence, fromMicros, toMicros, limit,
                accountId, beforeSequence, fromMicros, toMicros, limit, limit);
    }

    @Override
    public Optional<Transfer> lastTransferOf(long accountId, Instant instant) {
        String side = "SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE %s = ? AND created_at <= ? "
                + "ORDER BY seq DESC LIMIT 1";
        long micros = PgRows.micros(instant);
        return readers.one("(" + side.formatted("debit_account_id") + ") UNION ALL ("
                        + side.formatted("credit_account_id") + ") ORDER BY seq DESC LIMIT 1", PgRows::transfer,
                accountId, micros, accountId, micros);
    }

    @Override
    public List<Transfer> search(TransferFilter filter, long beforeSequence, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE seq < ?");
        List<Object> args = new ArrayList<>(List.of(beforeSequence));
        filter.accountId().ifPresent(id -> {
            sql.append(" AND (debit_account_id = ? OR credit_account_id = ?)");
            args.add(id);
            args.add(id);
        });
        filter.customerId().ifPresent(id -> {
            sql.append(" AND (debit_account_id IN (SELECT id FROM account WHERE owner_id = ?)"
                    + " OR credit_account_id IN (SELECT id FROM account WHERE owner_id = ?))");
            args.add(id);
            args.add(id);
        });
        filter.minAmountMinor().ifPresent(min -> {
            sql.append(" AND amount >= ?");
            args.add(min);
        });
        filter.maxAmountMinor().ifPresent(max -> {
            sql.append(" AND amount <= ?");
            args.add(max);
        });
        filter.from().ifPresent(from -> {
            sql.append(" AND created_at >= ?");
            args.add(PgRows.micros(from));
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND created_at < ?");
            args.add(PgRows.micros(to));
        });
        sql.append(" ORDER BY seq DESC LIMIT ?");
        args.add(limit);
        return readers.list(sql.toString(), PgRows::transfer, args.toArray());
    }

    @Override
    public List<CurrencyTotals> currencyTotals() {
        return readers.list("SELECT currency, "
                        + "coalesce(sum(balance) FILTER (WHERE kind = 'CUSTOMER'), 0), "
                        + "coalesce(sum(balance) FILTER (WHERE kind = 'SYSTEM'), 0), "
                        + "count(*) FILTER (WHERE kind = 'CUSTOMER') FROM account GROUP BY currency ORDER BY currency",
                rs -> new CurrencyTotals(Currency.getInstance(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)));
    }

    @Override
    public List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket) {
        long fromMinute = Math.floorDiv(PgRows.micros(from), 60_000_000L);
        long toMinute = Math.floorDiv(PgRows.micros(to) + 59_999_999L, 60_000_000L);
        long bucketMinutes = bucket.toMinutes();
        return readers.list("SELECT (minute - ?) / ?, sum(transfers), sum(volume) FROM volume_by_minute "
                        + "WHERE currency = ? AND minute >= ? AND minute < ? GROUP BY 1 ORDER BY 1",
                rs -> new VolumeBucket(from.plus(bucket.multipliedBy(rs.getLong(1))), rs.getLong(2),
                        Money.of(rs.getLong(3), currency)),
                fromMinute, bucketMinutes, currency.getCurrencyCode(), fromMinute, toMinute);
    }

    @Override
    public long[] customerBalances(Currency currency) {
        return readers.list("SELECT balance FROM account WHERE currency = ? AND kind = 'CUSTOMER' ORDER BY balance",
                rs -> rs.getLong(1), currency.getCurrencyCode()).stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public long[] openHoldTotals(Currency currency) {
        return readers.one("SELECT count(*), coalesce(sum(j.amount), 0) FROM open_hold o JOIN journal j ON j.id = o.id "
                + "WHERE j.currency = ?", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, currency.getCurrencyCode())
                .orElseThrow();
    }

    @Override
    public List<Transfer> recentExpiries(Currency currency, int limit) {
        return readers.list("SELECT " + PgRows.TRANSFER_COLUMNS + " FROM journal WHERE kind = 'EXPIRY' AND currency = ? "
                + "ORDER BY seq DESC LIMIT ?", PgRows::transfer, currency.getCurrencyCode(), limit);
    }

    @Override
    public List<Account> topAccounts(Currency currency, int limit) {
        return readers.list("SELECT " + PgRows.ACCOUNT_COLUMNS + " FROM account WHERE currency = ? AND kind = 'CUSTOMER' "
                + "ORDER BY balance DESC, id LIMIT ?", PgRows::account, currency.getCurrencyCode(), limit);
    }

    @Override
    public Optional<Customer> findCustomer(long customerId) {
        return readers.one(PgRows.CUSTOMER_BY_ID, PgRows::customer, customerId);
    }

    @Override
    public Optional<Customer> findCustomerByEmail(String normalizedEmail) {
        return readers.one(PgRows.CUSTOMER_BY_EMAIL, PgRows::customer, normalizedEmail);
    }

    @Override
    public List<Customer> customers(long afterId, int limit) {
        return readers.list("SELECT " + PgRows.CUSTOMER_COLUMNS + " FROM customer WHERE id > ? ORDER BY id LIMIT ?",
                PgRows::customer, afterId, limit);
    }

    @Override
    public long countCustomers() {
        return readers.number("SELECT count(*) FROM customer");
    }

    @Override
    public boolean anyAdmin() {
        return readers.one(PgRows.ANY_ADMIN, rs -> true).isPresent();
    }

    /** Stops the writer after the group in progress, then closes the pool. */
    @Override
    public void close() {
        writer.close();
        pool.close();
    }

    /** For messages and logs: a URL may carry a password. */
    static String withoutPassword(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
