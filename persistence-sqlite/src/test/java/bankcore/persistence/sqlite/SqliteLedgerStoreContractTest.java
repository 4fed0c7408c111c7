package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.AnalyticsReaderContract;
import bankcore.core.contract.AuditLogContract;
import bankcore.core.contract.EventFeedContract;
import bankcore.core.contract.HoldsContract;
import bankcore.core.contract.JournalReaderContract;
import bankcore.core.contract.LedgerWriterContract;
import bankcore.core.contract.WebhookContract;
import bankcore.core.port.out.EventReader;
import bankcore.core.port.out.WebhookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The shared store contracts, each on a fresh SQLite file per test. */
class SqliteLedgerStoreContractTest {
    @TempDir
    Path dir;
    private SqliteLedgerStore store;

    private Ledger.Builder freshStore() {
        store = SqliteLedgerStore.open(dir.resolve("contract.db"));
        return Ledger.builder(store);
    }

    /** After the contract's own checks and the ledger's close: the store is the test's, closed once. */
    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Nested
    class Writes extends LedgerWriterContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }
    }

    @Nested
    class Holds extends HoldsContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }
    }

    @Nested
    class Journal extends JournalReaderContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }
    }

    @Nested
    class Analytics extends AnalyticsReaderContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }
    }

    @Nested
    class Events extends EventFeedContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }
    }

    @Nested
    class Webhooks extends WebhookContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return freshStore();
        }

        @Override
        protected WebhookStore webhookStoreOnTheSameDatabase() {
            return SqliteWebhookStore.on(store);
        }

        @Override
        protected EventReader events() {
            return store;
        }
    }
}
