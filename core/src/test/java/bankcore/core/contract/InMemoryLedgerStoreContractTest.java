package bankcore.core.contract;

import bankcore.core.Ledger;
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
    class Analytics extends AnalyticsReaderContract {
        @Override
        protected Ledger.Builder builderOnEmptyStore() {
            return Ledger.builder(new InMemoryLedgerStore());
        }
    }
}
