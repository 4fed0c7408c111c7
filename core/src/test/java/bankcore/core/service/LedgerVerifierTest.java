package bankcore.core.service;

import bankcore.core.Ledger;
import bankcore.core.contract.InMemoryLedgerStore;
import bankcore.core.domain.Account;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.HoldsAndLimit;
import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.JournalHash;
import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.core.port.out.JournalHead;
import bankcore.core.port.out.LedgerCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier finds each kind of damage, on the in-memory store: the damage is written behind the
 * core's rules, straight through the write port, as a faulty adapter or a hand edit would.
 */
class LedgerVerifierTest {
    private static final Currency EUR = Currencies.of("EUR");
    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final Ledger ledger = Ledger.builder(store).build();
    private long alice;
    private long bob;

    @BeforeEach
    void aFewTransfers() {
        alice = ledger.registration().register(customer("alice")).account().id();
        bob = ledger.registration().register(customer("bob")).account().id();
        ledger.cash().deposit(CashCommand.of(alice, Money.parse("100.00", EUR), ""));
        ledger.transfers().transfer(TransferCommand.of(alice, bob, Money.parse("30.00", EUR), ""));
    }

    @Test
    void a_ledger_written_by_the_core_verifies() {
        LedgerReport report = ledger.verifier().verify();

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.checks()).hasSize(5);
    }

    @Test
    void a_balance_changed_behind_the_journal_breaks_the_sum_and_the_match_with_the_journal() {
        damage(tx -> {
            tx.updateBalance(bob, 1_000_000);
            return "damaged";
        });

        assertThat(failed(ledger.verifier().verify())).containsExactly("sum-to-zero", "balances-match-journal");
    }

    @Test
    void a_journal_entry_forged_behind_the_core_breaks_the_hash_chain() {
        damage(tx -> {
            long cash = tx.systemAccount(EUR).orElseThrow().id();
            Transfer forged = new Transfer(UUID.randomUUID(), tx.head().sequence() + 1, bob, cash,
                    Money.parse("50.00", EUR), "", tx.head().createdAt(), null, -2_000, 0, "not a hash");
            tx.append(forged);
            return "damaged";
        });

        assertThat(failed(ledger.verifier().verify())).contains("hash-chain");
    }

    @Test
    void a_hold_that_records_the_wrong_pending_totals_after_it_breaks_the_match_with_the_journal() {
        damage(tx -> {
            Account from = tx.account(bob).orElseThrow();
            Account to = tx.account(alice).orElseThrow();
            JournalHead head = tx.head();
            // A well-sealed hold of 5.00 whose accounts are updated, but whose entry says nothing is on hold.
            Transfer unsealed = new Transfer(UUID.randomUUID(), head.sequence() + 1, bob, alice,
                    Money.parse("5.00", EUR), "", head.createdAt(), null, from.balanceMinor(), to.balanceMinor(), "",
                    TransferKind.HOLD, null, head.createdAt().plusSeconds(60), HoldsAndLimit.NONE, HoldsAndLimit.NONE);
            tx.append(unsealed.withHash(JournalHash.chain(head.hash(), unsealed)));
            tx.updatePending(bob, 500, 0);
            tx.updatePending(alice, 0, 500);
            return "damaged";
        });

        LedgerReport report = ledger.verifier().verify();

        assertThat(failed(report)).containsExactly("balances-match-journal");
        assertThat(report.checks().get(1).detail()).contains("records 0/0 pending on account " + bob);
    }

    private void damage(LedgerCommand<String> edit) {
        store.write(List.of(edit));
    }

    private static List<String> failed(LedgerReport report) {
        return report.checks().stream().filter(check -> !check.ok()).map(InvariantCheck::name).toList();
    }

    private static RegisterCustomer.Command customer(String name) {
        return RegisterCustomer.Command.customer(name, name + "@example.org", null, EUR);
    }
}
