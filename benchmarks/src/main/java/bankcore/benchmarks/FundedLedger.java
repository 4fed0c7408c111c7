package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.port.out.LedgerStore;
import bankcore.persistence.postgres.PostgresLedgerStore;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;

import java.util.Currency;

/**
 * Customers with large opening balances, through the core: a {@link FundedFile} opened with the SQLite
 * options under test, or a fresh PostgreSQL schema ({@link BenchPostgres}) filled by the store it measures.
 */
final class FundedLedger implements AutoCloseable {
    static final Currency EUR = Currencies.of("EUR");

    private final long[] accounts;
    private final Ledger ledger;
    private final LedgerStore store;
    /** The SQLite store under the ledger, for what a benchmark opens beside it; null on PostgreSQL. */
    private final SqliteLedgerStore sqlite;
    /** Removes what the trial left: the file's directory, or the schema. */
    private final Runnable removal;

    private FundedLedger(long[] accounts, Ledger ledger, LedgerStore store, SqliteLedgerStore sqlite,
                         Runnable removal) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.store = store;
        this.sqlite = sqlite;
        this.removal = removal;
    }

    static FundedLedger create(int customers, SqliteOptions measured) {
        FundedFile file = FundedFile.create(customers);
        SqliteLedgerStore store = SqliteLedgerStore.open(file.file(), measured);
        return new FundedLedger(file.accounts(), Ledger.builder(store).build(), store, store, file::close);
    }

    static FundedLedger onPostgres(int customers) {
        BenchPostgres schema = BenchPostgres.freshSchema();
        PostgresLedgerStore store = PostgresLedgerStore.open(schema.url(), null, null);
        Ledger ledger = Ledger.builder(store).build();
        long[] accounts = LedgerSeeding.registerCustomers(ledger, customers, EUR);
        LedgerSeeding.fund(ledger, accounts, EUR, () -> FundedFile.OPENING_MINOR);
        return new FundedLedger(accounts, ledger, store, null, schema::drop);
    }

    SqliteLedgerStore sqliteStore() {
        if (sqlite == null) {
            throw new IllegalStateException("this trial runs on PostgreSQL, which has no SQLite store");
        }
        return sqlite;
    }

    Ledger ledger() {
        return ledger;
    }

    long[] accounts() {
        return accounts;
    }

    /** Closes the ledger and its store, and removes its file or schema. */
    @Override
    public void close() {
        ledger.close();
        store.close();
        removal.run();
    }
}
