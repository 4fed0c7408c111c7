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
    private final Ledger ledger;

    private FundedLedger(FundedFile file, Ledger ledger) {
        this.file = file;
        this.ledger = ledger;
    }

    static FundedLedger create(int customers, SqliteOptions measured) {
        FundedFile file = FundedFile.create(customers);
        return new FundedLedger(file, Ledger.builder(SqliteLedgerStore.open(file.file(), measured)).build());
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
