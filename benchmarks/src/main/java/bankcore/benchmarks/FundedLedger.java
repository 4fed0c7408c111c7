package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;

import java.util.Currency;

/** A {@link FundedFile} opened through the core with the options under test. */
final class FundedLedger implements AutoCloseable {
    static final Currency EUR = Currencies.of("EUR");

    private final FundedFile file;
    private final SqliteLedgerStore store;
    private final Ledger ledger;

    private FundedLedger(FundedFile file, SqliteLedgerStore store) {
        this.file = file;
        this.store = store;
        this.ledger = Ledger.builder(store).build();
    }

    static FundedLedger create(int customers, SqliteOptions measured) {
        FundedFile file = FundedFile.create(customers);
        return new FundedLedger(file, SqliteLedgerStore.open(file.file(), measured));
    }

    SqliteLedgerStore store() {
        return store;
    }

    Ledger ledger() {
        return ledger;
    }

    long[] accounts() {
        return file.accounts();
    }

    /** Closes the ledger and deletes its directory. */
    @Override
    public void close() {
        ledger.close();
        file.close();
    }
}
