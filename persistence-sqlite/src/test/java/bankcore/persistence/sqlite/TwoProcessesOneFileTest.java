package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.FeedMatchesJournal;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Currency;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stores on one file, as when the seeder or a second service writes beside a running API: each
 * has its own writer, and SQLite refuses a stale deferred transaction at once. Every write must
 * still succeed (the refused group is written again) and the ledger must stay whole.
 */
class TwoProcessesOneFileTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int TRANSFERS_EACH = 150;

    @TempDir
    Path dir;

    @Test
    void two_writers_on_one_file_both_get_every_transfer_through() throws Exception {
        Path file = dir.resolve("shared.db");
        try (SqliteLedgerStore firstStore = SqliteLedgerStore.open(file);
             Ledger first = Ledger.builder(firstStore).build();
             SqliteLedgerStore secondStore = SqliteLedgerStore.open(file);
             Ledger second = Ledger.builder(secondStore).build()) {
            long a = first.registration().register(customer("a")).account().id();
            long b = first.registration().register(customer("b")).account().id();
            first.cash().deposit(CashCommand.of(a, Money.parse("1000", EUR), ""));
            first.cash().deposit(CashCommand.of(b, Money.parse("1000", EUR), ""));

            CompletableFuture<Void> one = CompletableFuture.runAsync(() -> transfers(first, a, b));
            CompletableFuture<Void> two = CompletableFuture.runAsync(() -> transfers(second, b, a));
            one.get();
            two.get();

            assertThat(first.analytics().summary().transfers()).isEqualTo(2 + 2 * TRANSFERS_EACH);
            LedgerInvariants.assertAllHold(second);
            FeedMatchesJournal.assertHolds(second);
        }
    }

    private static void transfers(Ledger ledger, long from, long to) {
        for (int i = 0; i < TRANSFERS_EACH; i++) {
            ledger.transfers().transfer(TransferCommand.of(from, to, Money.parse("0.01", EUR), ""));
        }
    }

    private static RegisterCustomer.Command customer(String name) {
        return RegisterCustomer.Command.customer(name, name + "@example.org", null, EUR);
    }
}
