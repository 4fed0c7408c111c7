package bankcore.core.contract;

import bankcore.core.Ledger;
import bankcore.core.port.out.EventReader;
import bankcore.core.port.out.WebhookStore;
import org.junit.jupiter.api.Nested;

/** The in-memory store passes the same contracts as the real ones, so unit tests over it mean something. */
class InMemoryLedgerStoreContractTest {

    @Nested
    class Writes extends LedgerWriterContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }

    @Nested
    class Holds extends HoldsContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }

    @Nested
    class Journal extends JournalReaderContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }

    @Nested
    class Audit extends AuditLogContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }

    @Nested
    class Analytics extends AnalyticsReaderContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }

    @Nested
    class Events extends EventFeedContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }

    @Nested
    class Webhooks extends WebhookContract {
        private final InMemoryLedgerStore store = new InMemoryLedgerStore();

        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(store);
        }

        @Override
        protected WebhookStore webhookStoreOnTheSameDatabase() {
            return new InMemoryWebhookStore();
        }

        @Override
        protected EventReader events() {
            return store;
        }
    }
}
