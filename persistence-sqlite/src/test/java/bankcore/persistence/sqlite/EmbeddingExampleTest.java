package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs, line for line, the embedding example of the README. If this test changes, the README changes with it. */
class EmbeddingExampleTest {

    @Test
    void the_readme_example_opens_a_ledger_on_a_file_and_moves_money(@TempDir Path dir) {
        Path file = dir.resolve("bank.db");
        // --- README: embedding example ---
        Currency eur = Currencies.of("EUR");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            var alice = ledger.registration().register(RegisterCustomer.Command.customer("Alice", "alice@example.com", null, eur));
            var bob = ledger.registration().register(RegisterCustomer.Command.customer("Bob", "bob@example.com", null, eur));
            ledger.cash().deposit(CashCommand.of(alice.account().id(), Money.parse("100.00", eur), "opening deposit"));
            var rent = ledger.transfers().transfer(
                    TransferCommand.of(alice.account().id(), bob.account().id(), Money.parse("12.50", eur), "rent"));
            System.out.println(rent.transfer().id() + " " + ledger.queries().account(bob.account().id()).orElseThrow().balance());
        }
        // --- end of example ---

        try (SqliteLedgerStore reopenedStore = SqliteLedgerStore.open(file);
             Ledger reopened = Ledger.builder(reopenedStore).build()) {
            assertThat(reopened.queries().customerByEmail("bob@example.com")).isPresent();
            long bobAccount = reopened.queries().accountsOf(
                    reopened.queries().customerByEmail("bob@example.com").orElseThrow().id()).get(0).id();
            assertThat(reopened.queries().account(bobAccount).orElseThrow().balance()).isEqualTo(Money.parse("12.50", eur));
            assertThat(reopened.verifier().verify().ok()).isTrue();
        }
    }
}
