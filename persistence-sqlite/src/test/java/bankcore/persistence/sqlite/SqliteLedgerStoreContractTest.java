package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerStoreContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The shared ledger-store contract, on a fresh SQLite file per test. */
class SqliteLedgerStoreContractTest extends LedgerStoreContract {
    @TempDir
    Path dir;

    @Override
    protected Ledger.Builder builderOnEmptyStore() {
        return Ledger.builder(SqliteLedgerStore.open(dir.resolve("contract.db")));
    }
}
