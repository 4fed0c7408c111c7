package bankcore.persistence.postgres;

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

/** The shared store contracts, each on a fresh PostgreSQL schema per test. */
class PostgresLedgerStoreContractTest {
    private PostgresLedgerStore store;

    private Ledger.Builder freshStore() {
        store = PostgresLedgerStore.open(TestDatabase.freshSchemaUrl(), null, null);
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
            return PostgresWebhookStore.on(store);
        }

        @Override
        protected EventReader events() {
            return store;
        }
    }
}
