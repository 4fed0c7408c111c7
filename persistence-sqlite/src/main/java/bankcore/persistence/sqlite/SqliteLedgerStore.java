package bankcore.persistence.sqlite;

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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger and its customers in one SQLite file. WAL journal, {@code synchronous=FULL}, foreign
 * keys on; one writer thread that group-commits, and a pool of read-only connections.
 * <pre>{@code
 * SqliteLedgerStore store = SqliteLedgerStore.open(Path.of("data/banking.db"));
 * }</pre>
 */
public final class SqliteLedgerStore implements LedgerStore, CustomerStore {
    private static final int QUEUE_CAPACITY = 10_000;
    /** SQLite's default page size, which every bankcore file has. */
    private static final int PAGE_BYTES = 4_096;
    /**
     * One in this many entries of an account is marked in {@code journal_mark} (V12, decision 0024): a walk
     * of the account's links from a point in the past starts at most this many entries above it. Public for
     * what writes the schema without the store, such as the benchmarks' raw JDBC loop.
     */
    public static final int JOURNAL_MARK_SPACING = 64;

    /**
     * Page cache of each writable connection, in KiB. The writer's hot pages (accounts, the right
     * edges of the journal's indexes, the leaves of its busiest accounts) fit, and the rest of the file
     * is in the operating system's cache anyway: at 64 MiB the writer's cache was the API's largest
     * native allocation under load, for no throughput it measurably bought (decision 0023).
     */
    static final int WRITER_CACHE_KIB = 16 * 1024;
    /**
     * Page cache of each read connection, in KiB: the dashboard's queries on a million transfers took
     * as long with 8 MiB as with 64, their pages being one {@code pread} away in the OS's cache, and
     * four readers could otherwise hold 256 MiB between them.
     */
    static final int READER_CACHE_KIB = 8 * 1024;

    private final String jdbcUrl;
    private final SqliteOptions options;
    /** Null when opened read-only. */
    private final GroupCommitWriter writer;
    private final ReadConnections readers;
    /** Null unless opened {@link SqliteOptions#forBulkLoad() for a bulk load}. */
    private final BulkLoad bulkLoad;
    /** Null when opened read-only or for a bulk load, whose writer checkpoints alone at its end. */
    private final WalCheckpointer checkpointer;

    private SqliteLedgerStore(String jdbcUrl, SqliteOptions options, GroupCommitWriter writer,
                              ReadConnections readers, BulkLoad bulkLoad, WalCheckpointer checkpointer) {
        this.jdbcUrl = jdbcUrl;
        this.options = options;
        this.writer = writer;
        this.readers = readers;
        this.bulkLoad = bulkLoad;
        this.checkpointer = checkpointer;
    }

    /** Opens (creating and migrating when needed) the ledger in this file. */
    public static SqliteLedgerStore open(Path file) {
        return open(file, SqliteOptions.defaults());
    }

    public static SqliteLedgerStore open(Path file, SqliteOptions options) {
        Path absolute = file.toAbsolutePath();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new StoreFailureException("cannot create the directory of " + absolute, e);
        }
        return open("jdbc:sqlite:" + absolute, options);
    }

    /** Opens a {@code jdbc:sqlite:} URL. */
    public static SqliteLedgerStore open(String jdbcUrl, SqliteOptions options) {
        if (!jdbcUrl.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("not a SQLite JDBC URL: " + jdbcUrl);
        }
        SchemaMigrator.migrate(jdbcUrl);
        Connection writerConnection = null;
        Connection checkpointConnection = null;
        List<Connection> readConnections = new ArrayList<>();
        try {
            writerConnection = config(options, false).createConnection(jdbcUrl);
            BulkLoad bulkLoad = options.bulkLoad() ? BulkLoad.begin(writerConnection, options) : null;
            for (int i = 0; i < options.readConnections(); i++) {
                readConnections.add(config(options, true).createConnection(jdbcUrl));
            }
            if (bulkLoad == null) {
                checkpointConnection = config(options, false).createConnection(jdbcUrl);
            }
            GroupCommitWriter writer = new GroupCommitWriter(writerConnection, options.maxRequestsPerCommit(),
                    QUEUE_CAPACITY, options.writeWait(), new WriteTrouble(databaseFile(jdbcUrl)));
            return new SqliteLedgerStore(jdbcUrl, options, writer, new ReadConnections(readConnections), bulkLoad,
                    checkpointConnection == null ? null : new WalCheckpointer(checkpointConnection));
        } catch (SQLException e) {
            List<Connection> opened = new ArrayList<>(readConnections);
            opened.add(checkpointConnection);
            opened.add(writerConnection);
            closeAll(opened);
            throw new StoreFailureException("cannot open " + jdbcUrl, e);
        }
    }

    /**
     * Opens an existing ledger file to read only, e.g. a backup being checked: no migration, no writer
     * and no pragma that writes, so not one byte of the file changes. Every write is refused.
     */
    public static SqliteLedgerStore openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreFailureException(absolute + " does not exist or is not a file", null);
        }
        String jdbcUrl = "jdbc:sqlite:" + absolute;
        SchemaMigrator.requireCurrent(jdbcUrl + "?open_mode=1", jdbcUrl);
        List<Connection> readConnections = new ArrayList<>();
        try {
            for (int i = 0; i < SqliteOptions.defaults().readConnections(); i++) {
                readConnections.add(ReadConnections.readOnlyConfig(busyTimeoutMs(SqliteOptions.defaults()))
                        .createConnection(jdbcUrl));
            }
        } catch (SQLException e) {
            closeAll(readConnections);
            throw new StoreFailureException("cannot open " + jdbcUrl + " read-only", e);
        }
        return new SqliteLedgerStore(jdbcUrl, SqliteOptions.defaults(), null, new ReadConnections(readConnections),
                null, null);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    SqliteOptions options() {
        return options;
    }

    /** The read connections, for the stores kept beside the ledger in this file. */
    ReadConnections readers() {
        return readers;
    }

    /**
     * Runs {@code work} on the writer's connection inside the transaction of its next group, durable
     * with it: for writes beside the ledger (webhook progress) which, on a connection of their own,
     * would wait for the write lock that the writer holds almost without pause under load (decision
     * 0019). {@code work} returns a value, never null, and may run more than once.
     */
    <T> T writeBeside(SqliteTransaction.Beside<T> work) {
        LedgerCommand<T> command = tx -> ((SqliteTransaction) tx).beside(work);
        return write(List.of(command)).get(0).orThrow();
    }

    /**
     * Ends a bulk load ({@link SqliteOptions#forBulkLoad()}): builds the journal's deferred indexes,
     * puts the writer back to this store's durability and syncs the whole file once. Call it before
     * the load is verified or used; later calls, and calls on a store not opened for a bulk load, do
     * nothing.
     */
    public void finishBulkLoad() {
        if (bulkLoad != null) {
            writer.runAlone(bulkLoad::finish);
        }
    }

    @Override
    public <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        if (writer == null) {
            throw new StoreFailureException(jdbcUrl + " is open read-only", null);
        }
        return writer.write(commands);
    }

    /** Whether the writer's last attempt at the write lock (a write, or its idle probe each second) got it. */
    @Override
    public StoreHealth health() {
        return writer == null ? StoreHealth.cannotWrite(jdbcUrl + " is open read-only") : writer.health();
    }

    /** Group sizes and commit latencies of the writer so far. */
    public WriterMetrics writerMetrics() {
        return writer.metrics();
    }

    @Override
    public Optional<Account> findAccount(long accountId) {
        return readers.one(Rows.ACCOUNT_BY_ID, Rows::account, accountId);
    }

    @Override
    public List<Account> accountsOwnedBy(long customerId) {
        return readers.list("SELECT " + Rows.ACCOUNT_COLUMNS + " FROM account WHERE owner_id = ? ORDER BY id",
                Rows::account, customerId);
    }

    @Override
    public Optional<Account> findSystemAccount(Currency currency) {
        return readers.one(Rows.CASH_ACCOUNT,
                Rows::account, currency.getCurrencyCode());
    }

    @Override
    public List<Account> accounts(long afterId, int limit) {
        return readers.list("SELECT " + Rows.ACCOUNT_COLUMNS + " FROM account WHERE id > ? ORDER BY id LIMIT ?",
                Rows::account, afterId, limit);
    }

    @Override
    public long countAccounts() {
        return readers.number("SELECT count(*) FROM account");
    }

    @Override
    public List<AuditEntry> auditLog(long beforeSequence, int limit) {
        return readers.list("SELECT " + Rows.AUDIT_COLUMNS + " FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?",
                Rows::auditEntry, beforeSequence, limit);
    }

    @Override
    public Optional<AuditEntry> lastCreditLimitChange(long accountId, Instant instant) {
        return readers.one("SELECT " + Rows.AUDIT_COLUMNS + " FROM audit_log WHERE account_id = ? "
                        + "AND action = 'SET_CREDIT_LIMIT' AND at <= ? ORDER BY seq DESC LIMIT 1",
                Rows::auditEntry, accountId, Rows.micros(instant));
    }

    @Override
    public Optional<Transfer> findTransfer(UUID transferId) {
        return readers.one(Rows.TRANSFER_BY_ID, Rows::transfer,
                transferId.toString());
    }

    @Override
    public Optional<Transfer> findEnding(UUID holdId) {
        return readers.one(Rows.ENDING_OF, Rows::transfer, holdId.toString());
    }

    @Override
    public List<Transfer> journal(long afterSequence, int limit) {
        return readers.list("SELECT " + Rows.TRANSFER_COLUMNS + " FROM journal WHERE seq > ? ORDER BY seq LIMIT ?",
                Rows::transfer, afterSequence, limit);
    }

    @Override
    public long countTransfers() {
        // The journal's sequence is gap-free (the verifier checks it), so its maximum is the count: a look-up, not a scan.
        return readers.number("SELECT coalesce(max(seq), 0) FROM journal");
    }

    /**
     * Journal time never runs backwards, so a time range is first turned into a sequence range
     * (two probes of the time index); then the account's links are followed down through it.
     */
    @Override
    public List<Transfer> transfersOf(long accountId, long beforeSequence, Instant from, Instant to, int limit) {
        return entriesOf(accountId, firstSequenceAtOrAfter(from), Math.min(beforeSequence - 1, lastSequence("<", to)),
                limit);
    }

    @Override
    public Optional<Transfer> lastTransferOf(long accountId, Instant instant) {
        return entriesOf(accountId, 1, lastSequence("<=", instant), 1).stream().findFirst();
    }

    /** The account's newest {@code limit} entries with a sequence in [lowest, highest], newest first. */
    private List<Transfer> entriesOf(long accountId, long lowest, long highest, int limit) {
        if (lowest > highest) {
            return List.of();
        }
        return readers.list(AccountWalk.newestOfAccount() + "SELECT " + Rows.TRANSFER_COLUMNS
                        + " FROM journal WHERE seq IN (SELECT walk_seq FROM walk WHERE walk_seq BETWEEN ? AND ?) "
                        + "ORDER BY seq DESC LIMIT ?",
                Rows::transfer, highest, accountId, highest, lowest, limit, lowest, highest, limit);
    }

    /**
     * With an account or a customer named, only their accounts' links are followed, through the
     * filter's sequence range (no further than the page needs, unless amounts are filtered); the
     * other conditions are checked on each entry found.
     */
    @Override
    public List<Transfer> search(TransferFilter filter, long beforeSequence, int limit) {
        // One upper bound on seq, not two: SQLite's range scan uses only the first and re-checks the other per row.
        long below = filter.to().map(to -> Math.min(beforeSequence, lastSequence("<", to) + 1)).orElse(beforeSequence);
        long lowest = filter.from().map(this::firstSequenceAtOrAfter).orElse(1L);
        // The account's links if one is named, else those of every account the customer owns.
        Optional<Long> walked = filter.accountId().or(filter::customerId);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        walked.ifPresent(id -> {
            boolean oneAccount = filter.accountId().isPresent();
            String seeds = oneAccount ? "a.id = ?" : "a.owner_id = ?";
            if (filter.minAmountMinor().isPresent() || filter.maxAmountMinor().isPresent()
                    || oneAccount && filter.customerId().isPresent()) {
                // A further filter (amounts, or a customer beside the account) may pass any of the entries in
                // the range: all of them are walked.
                sql.append(AccountWalk.walk(seeds));
                args.addAll(List.of(below - 1, id, lowest));
            } else if (oneAccount) {
                sql.append(AccountWalk.newestOfAccount());
                args.addAll(List.of(below - 1, id, below - 1, lowest, limit));
            } else {
                sql.append(AccountWalk.newest(seeds));
                args.addAll(List.of(below - 1, id, lowest, id, limit));
            }
        });
        sql.append("SELECT " + Rows.TRANSFER_COLUMNS + " FROM journal WHERE seq < ?");
        args.add(below);
        if (walked.isPresent()) {
            sql.append(" AND seq IN (SELECT walk_seq FROM walk)");
        }
        filter.customerId().filter(id -> filter.accountId().isPresent()).ifPresent(id -> {
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
        if (filter.from().isPresent()) {
            sql.append(" AND seq >= ?");
            args.add(lowest);
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        args.add(limit);
        return readers.list(sql.toString(), Rows::transfer, args.toArray());
    }

    /**
     * The first and last sequence of a time range, by the time index: the journal's time never runs
     * backwards, so time order and sequence order agree. (A min/max over created_at would walk
     * the primary key instead and scan the journal.)
     */
    private long firstSequenceAtOrAfter(Instant from) {
        return readers.one("SELECT seq FROM journal WHERE created_at >= ? ORDER BY created_at, seq LIMIT 1",
                rs -> rs.getLong(1), Rows.micros(from)).orElse(Long.MAX_VALUE);
    }

    /** @param comparison {@code "<"} or {@code "<="}: whether an entry stamped exactly at {@code bound} counts */
    private long lastSequence(String comparison, Instant bound) {
        return readers.one("SELECT seq FROM journal WHERE created_at " + comparison + " ? "
                + "ORDER BY created_at DESC, seq DESC LIMIT 1", rs -> rs.getLong(1), Rows.micros(bound)).orElse(0L);
    }

    @Override
    public List<Event> events(long afterPosition, int limit) {
        return readers.list(Rows.EVENTS_AFTER, Rows::event, afterPosition, limit);
    }

    @Override
    public long lastEventPosition() {
        return readers.number("SELECT coalesce(max(position), 0) FROM event");
    }

    @Override
    public List<CurrencyTotals> currencyTotals() {
        return readers.list("SELECT currency, "
                        + "coalesce(sum(CASE WHEN kind = 'CUSTOMER' THEN balance END), 0), "
                        + "coalesce(sum(CASE WHEN kind = 'SYSTEM' THEN balance END), 0), "
                        + "sum(kind = 'CUSTOMER') FROM account GROUP BY currency ORDER BY currency",
                rs -> new CurrencyTotals(Currency.getInstance(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)));
    }

    @Override
    public List<VolumeBucket> volume(Currency currency, Instant from, Instant to, Duration bucket) {
        long fromMinute = Math.floorDiv(Rows.micros(from), 60_000_000L);
        long toMinute = Math.floorDiv(Rows.micros(to) + 59_999_999L, 60_000_000L);
        long bucketMinutes = bucket.toMinutes();
        return readers.list("SELECT (minute - ?1) / ?2, sum(transfers), sum(volume) FROM volume_by_minute "
                        + "WHERE currency = ?3 AND minute >= ?1 AND minute < ?4 GROUP BY 1 ORDER BY 1",
                rs -> new VolumeBucket(from.plus(bucket.multipliedBy(rs.getLong(1))), rs.getLong(2),
                        Money.of(rs.getLong(3), currency)),
                fromMinute, bucketMinutes, currency.getCurrencyCode(), toMinute);
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
        return readers.list("SELECT " + Rows.TRANSFER_COLUMNS + " FROM journal WHERE kind = 'EXPIRY' AND currency = ? "
                + "ORDER BY seq DESC LIMIT ?", Rows::transfer, currency.getCurrencyCode(), limit);
    }

    @Override
    public List<Account> topAccounts(Currency currency, int limit) {
        return readers.list("SELECT " + Rows.ACCOUNT_COLUMNS + " FROM account WHERE currency = ? AND kind = 'CUSTOMER' "
                + "ORDER BY balance DESC, id LIMIT ?", Rows::account, currency.getCurrencyCode(), limit);
    }

    @Override
    public Optional<Customer> findCustomer(long customerId) {
        return readers.one(Rows.CUSTOMER_BY_ID, Rows::customer,
                customerId);
    }

    @Override
    public Optional<Customer> findCustomerByEmail(String normalizedEmail) {
        return readers.one(Rows.CUSTOMER_BY_EMAIL, Rows::customer,
                normalizedEmail);
    }

    @Override
    public List<Customer> customers(long afterId, int limit) {
        return readers.list("SELECT " + Rows.CUSTOMER_COLUMNS + " FROM customer WHERE id > ? ORDER BY id LIMIT ?",
                Rows::customer, afterId, limit);
    }

    @Override
    public long countCustomers() {
        return readers.number("SELECT count(*) FROM customer");
    }

    @Override
    public boolean anyAdmin() {
        return readers.one(Rows.ANY_ADMIN, rs -> true).isPresent();
    }

    /**
     * Closes the readers and the checkpointer, then stops the writer after the commit in progress. The
     * writer's connection goes last: only a writable last connection checkpoints and removes the WAL file.
     */
    @Override
    public void close() {
        readers.close();
        if (checkpointer != null) {
            checkpointer.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    static SQLiteConfig config(SqliteOptions options, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(options.synchronousFull() ? SQLiteConfig.SynchronousMode.FULL
                : SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyTimeoutMs(options));
        // Negative: a size in KiB rather than in pages.
        config.setCacheSize(-(readOnly ? READER_CACHE_KIB : WRITER_CACHE_KIB));
        // Temp b-trees and statement journals in memory. The writer opens no savepoints at all (a
        // refused command is undone in its memory, see GroupCommitWriter); when it nested them,
        // each RELEASE cost time in proportion to the whole batch (measured in docs/benchmarks.md).
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setWalAutocheckpoint(SqliteOptions.WAL_CHECKPOINT_PAGES);
            // A long read can hold a checkpoint back and let the WAL grow past that; once it is
            // checkpointed, the file is cut back to the same size instead of staying as large as it grew.
            config.setJournalSizeLimit(SqliteOptions.WAL_CHECKPOINT_PAGES * PAGE_BYTES);
        }
        return config;
    }

    static int busyTimeoutMs(SqliteOptions options) {
        return (int) options.writeWait().toMillis();
    }

    /** The file behind a {@code jdbc:sqlite:} URL, for naming a lock's holder; null when there is none. */
    static Path databaseFile(String jdbcUrl) {
        String location = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = location.indexOf('?');
        location = query < 0 ? location : location.substring(0, query);
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        return location.isEmpty() || location.startsWith(":memory:") ? null : Path.of(location).toAbsolutePath();
    }

    /** Closes what was opened, in order; null stands for one not opened yet. */
    private static void closeAll(List<Connection> opened) {
        for (Connection connection : opened) {
            if (connection == null) {
                continue;
            }
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing to open: the first error is the one reported
            }
        }
    }
}
