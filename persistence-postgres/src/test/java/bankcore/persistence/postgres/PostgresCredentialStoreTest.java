package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.CredentialStoreContract;
import bankcore.core.contract.PlainTextPasswordHasher;
import org.junit.jupiter.api.BeforeEach;

/** The credential store contract on a fresh PostgreSQL schema per test. */
class PostgresCredentialStoreTest extends CredentialStoreContract {

    private String url;

    @BeforeEach
    void freshSchema() {
        url = TestDatabase.freshSchemaUrl();
    }

    @Override
    protected Opened open() {
        PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
        Ledger ledger = Ledger.builder(store).clock(clock).passwordHasher(new PlainTextPasswordHasher())
                .credentialStore(PostgresCredentialStore.on(store, clock)).build();
        return new Opened(ledger, store);
    }
}
