package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.CredentialStoreContract;
import bankcore.core.contract.PlainTextPasswordHasher;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The credential store contract on one SQLite file per test. */
class SqliteCredentialStoreTest extends CredentialStoreContract {

    @TempDir
    Path dir;

    @Override
    protected Opened open() {
        SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("bank.db"));
        SqliteCredentialStore credentials = SqliteCredentialStore.open(store, clock);
        Ledger ledger = Ledger.builder(store).clock(clock).passwordHasher(new PlainTextPasswordHasher())
                .credentialStore(credentials).build();
        return new Opened(ledger, () -> {
            credentials.close();
            store.close();
        });
    }
}
