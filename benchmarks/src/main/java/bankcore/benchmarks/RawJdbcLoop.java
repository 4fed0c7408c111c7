package bankcore.benchmarks;

import bankcore.core.port.out.IdSource;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.InstantSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The baseline the core is measured against: one thread, one connection, prepared statements with
 * typed setters, and per transfer what any ledger must do at the least: read the sender's balance,
 * refuse an overdraft, two balance UPDATEs, one journal INSERT. It checks no status, computes no
 * hash and keeps no idempotency record, so it is an upper bound, not a competitor. The connection
 * has the store's settings: WAL, {@code synchronous=FULL}, foreign keys, 64 MiB cache, a checkpoint
 * every {@link SqliteOptions#WAL_CHECKPOINT_PAGES} pages.
 */
abstract class RawJdbcLoop implements AutoCloseable {
    private final Connection connection;
    private final PreparedStatement readBalance;
    private final PreparedStatement debit;
    private final PreparedStatement credit;
    private final PreparedStatement insert;

    RawJdbcLoop(Connection connection, String creditSql, String insertSql) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        readBalance = connection.prepareStatement("SELECT balance FROM account WHERE id = ?");
        debit = connection.prepareStatement("UPDATE account SET balance = balance - ? WHERE id = ?");
        credit = connection.prepareStatement(creditSql);
        insert = connection.prepareStatement(insertSql);
    }

    static Connection connect(Path file) throws SQLException {
        Properties settings = new Properties();
        settings.setProperty("journal_mode", "WAL");
        settings.setProperty("synchronous", "FULL");
        settings.setProperty("foreign_keys", "true");
        settings.setProperty("cache_size", String.valueOf(-64 * 1024));
        settings.setProperty("temp_store", "MEMORY");
        settings.setProperty("wal_autocheckpoint", String.valueOf(SqliteOptions.WAL_CHECKPOINT_PAGES));
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), settings);
    }

    /** Posts the transfers in one transaction and commits (durably); returns how many were posted. */
    final int postAndCommit(List<RawTransfer> transfers) throws SQLException {
        int posted = 0;
        for (RawTransfer transfer : transfers) {
            readBalance.setLong(1, transfer.debitAccountId());
            long balance;
            try (ResultSet rs = readBalance.executeQuery()) {
                rs.next();
                balance = rs.getLong(1);
            }
            if (balance < transfer.amountMinor()) {
                continue;
            }
            debit.setLong(1, transfer.amountMinor());
            debit.setLong(2, transfer.debitAccountId());
            debit.executeUpdate();
            credit.setLong(1, transfer.amountMinor());
            credit.setLong(2, transfer.creditAccountId());
            long creditBalanceAfter = creditBalanceAfter(credit);
            bindInsert(insert, transfer, balance - transfer.amountMinor(), creditBalanceAfter);
            insert.executeUpdate();
            posted++;
        }
        beforeCommit();
        connection.commit();
        return posted;
    }

    /** What the schema needs written once per commit, after the group's rows. */
    void beforeCommit() throws SQLException {
    }

    /** Runs the credit UPDATE and returns the credited account's new balance, when the schema keeps it. */
    abstract long creditBalanceAfter(PreparedStatement credit) throws SQLException;

    abstract void bindInsert(PreparedStatement insert, RawTransfer transfer, long debitBalanceAfter,
                             long creditBalanceAfter) throws SQLException;

    static void execute(Connection connection, String... sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String one : sql) {
                statement.execute(one);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /**
     * SQLite's own limit: an account table of id and balance, a journal of four integers and no
     * secondary index.
     */
    static final class MinimalSchema extends RawJdbcLoop {
        private long nextId = 1;

        private MinimalSchema(Connection connection) throws SQLException {
            super(connection, "UPDATE account SET balance = balance + ? WHERE id = ?",
                    "INSERT INTO transfer (id, debit_account_id, credit_account_id, amount) VALUES (?, ?, ?, ?)");
        }

        /** Creates the two tables in a new file and funds the accounts. */
        static MinimalSchema create(Path file, long[] accounts) throws SQLException {
            Connection connection = connect(file);
            execute(connection,
                    "CREATE TABLE account (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL)",
                    "CREATE TABLE transfer (id INTEGER PRIMARY KEY, debit_account_id INTEGER NOT NULL, "
                            + "credit_account_id INTEGER NOT NULL, amount INTEGER NOT NULL)");
            connection.setAutoCommit(false);
            try (PreparedStatement open = connection.prepareStatement("INSERT INTO account (id, balance) VALUES (?, ?)")) {
                for (long id : accounts) {
                    open.setLong(1, id);
                    open.setLong(2, FundedFile.OPENING_MINOR);
                    open.executeUpdate();
                }
            }
            connection.commit();
            return new MinimalSchema(connection);
        }

        @Override
        long creditBalanceAfter(PreparedStatement credit) throws SQLException {
            credit.executeUpdate();
            return 0;
        }

        @Override
        void bindInsert(PreparedStatement insert, RawTransfer transfer, long debitBalanceAfter,
                        long creditBalanceAfter) throws SQLException {
            insert.setLong(1, nextId++);
            insert.setLong(2, transfer.debitAccountId());
            insert.setLong(3, transfer.creditAccountId());
            insert.setLong(4, transfer.amountMinor());
        }
    }

    /**
     * The limit of bankcore's own schema: the file the core made (its indexes, CHECKs, triggers),
     * and journal rows with the same columns the core writes: a time-ordered UUID from the core's own
     * {@link IdSource} (random ones would take a random leaf of the id index per row, a cost the core does
     * not pay since decision 0020), both balances after, a 64-character hash (a constant: hashing is the
     * core's cost, not the schema's), and each entry's links to its accounts' previous entries, with each
     * touched account's end written once per commit and every 64th entry marked, as the core writes them
     * (decision 0024).
     */
    static final class BankcoreSchema extends RawJdbcLoop {
        private static final String HASH = "0".repeat(64);
        private final IdSource ids = IdSource.timeOrdered(InstantSource.system());
        private final PreparedStatement updateEnd;
        private final PreparedStatement insertMark;
        /** Each account's last entry and count of entries, by account id: the file's accounts are few and dense. */
        private final long[] lastSequence;
        private final long[] entries;
        private final Set<Long> touched = new LinkedHashSet<>();
        private long nextSequence;

        private BankcoreSchema(Connection connection, long nextSequence, long[] lastSequence, long[] entries)
                throws SQLException {
            super(connection, "UPDATE account SET balance = balance + ? WHERE id = ? RETURNING balance",
                    "INSERT INTO journal (seq, id, debit_account_id, credit_account_id, amount, currency, description, "
                            + "created_at, reverses, debit_balance_after, credit_balance_after, hash, debit_prev_seq, "
                            + "credit_prev_seq) VALUES (?, ?, ?, ?, ?, 'EUR', 'benchmark transfer', ?, NULL, ?, ?, ?, ?, ?)");
            this.nextSequence = nextSequence;
            this.lastSequence = lastSequence;
            this.entries = entries;
            updateEnd = connection.prepareStatement("UPDATE account SET last_seq = ?, entries = ? WHERE id = ?");
            insertMark = connection.prepareStatement("INSERT INTO journal_mark (account_id, seq) VALUES (?, ?)");
        }

        /** Opens a file the core made and funded; the journal goes on from its last entry. */
        static BankcoreSchema open(Path file) throws SQLException {
            Connection connection = connect(file);
            try (Statement statement = connection.createStatement();
                 ResultSet head = statement.executeQuery("SELECT coalesce(max(seq), 0), (SELECT max(id) FROM account) "
                         + "FROM journal")) {
                head.next();
                long next = head.getLong(1) + 1;
                int size = (int) head.getLong(2) + 1;
                long[] last = new long[size];
                long[] count = new long[size];
                try (ResultSet ends = statement.executeQuery("SELECT id, coalesce(last_seq, 0), entries FROM account")) {
                    while (ends.next()) {
                        last[(int) ends.getLong(1)] = ends.getLong(2);
                        count[(int) ends.getLong(1)] = ends.getLong(3);
                    }
                }
                return new BankcoreSchema(connection, next, last, count);
            }
        }

        @Override
        long creditBalanceAfter(PreparedStatement credit) throws SQLException {
            try (ResultSet rs = credit.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }

        @Override
        void bindInsert(PreparedStatement insert, RawTransfer transfer, long debitBalanceAfter,
                        long creditBalanceAfter) throws SQLException {
            insert.setLong(1, nextSequence++);
            insert.setString(2, ids.newTransferId().toString());
            insert.setLong(3, transfer.debitAccountId());
            insert.setLong(4, transfer.creditAccountId());
            insert.setLong(5, transfer.amountMinor());
            insert.setLong(6, System.currentTimeMillis() * 1_000);
            insert.setLong(7, debitBalanceAfter);
            insert.setLong(8, creditBalanceAfter);
            insert.setString(9, HASH);
            link(insert, 10, transfer.debitAccountId(), nextSequence - 1);
            link(insert, 11, transfer.creditAccountId(), nextSequence - 1);
        }

        /** Binds the account's previous entry and moves its end on to {@code sequence}. */
        private void link(PreparedStatement insert, int index, long accountId, long sequence) throws SQLException {
            int account = (int) accountId;
            if (lastSequence[account] == 0) {
                insert.setNull(index, Types.INTEGER);
            } else {
                insert.setLong(index, lastSequence[account]);
            }
            lastSequence[account] = sequence;
            if (++entries[account] % SqliteLedgerStore.JOURNAL_MARK_SPACING == 0) {
                insertMark.setLong(1, accountId);
                insertMark.setLong(2, sequence);
                insertMark.addBatch();
            }
            touched.add(accountId);
        }

        @Override
        void beforeCommit() throws SQLException {
            for (long account : touched) {
                updateEnd.setLong(1, lastSequence[(int) account]);
                updateEnd.setLong(2, entries[(int) account]);
                updateEnd.setLong(3, account);
                updateEnd.addBatch();
            }
            updateEnd.executeBatch();
            insertMark.executeBatch();
            touched.clear();
        }
    }
}
