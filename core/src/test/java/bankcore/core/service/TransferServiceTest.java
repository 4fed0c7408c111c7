package bankcore.core.service;

import bankcore.core.Ledger;
import bankcore.core.contract.InMemoryLedgerStore;
import bankcore.core.contract.SettableClock;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.ToCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The transfer rules, over the in-memory store: no database, the real services. */
class TransferServiceTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Currency USD = Currencies.of("USD");
    private final InMemoryLedgerStore store = new InMemoryLedgerStore();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final Ledger ledger = Ledger.builder(store).clock(clock).build();

    @Test
    void a_transfer_reads_each_of_its_two_accounts_once() {
        var alice = ledger.registration().register(customer("alice"));
        long bob = ledger.registration().register(customer("bob")).account().id();
        ledger.cash().deposit(CashCommand.of(alice.account().id(), Money.parse("10.00", EUR), ""));

        long before = store.accountReadsInWrites();
        ledger.transfers().transfer(TransferCommand.of(alice.account().id(), bob, Money.parse("1.00", EUR), ""));
        long plain = store.accountReadsInWrites() - before;
        ledger.transfers().transfer(new TransferCommand(alice.account().id(), bob, Money.parse("1.00", EUR), "",
                Optional.empty(), OptionalLong.of(alice.customer().id())));
        long asCustomer = store.accountReadsInWrites() - before - plain;

        assertThat(plain).isEqualTo(2);
        assertThat(asCustomer).as("the initiator's checks use the accounts that are posted").isEqualTo(2);
    }

    @Test
    void a_transfer_between_customers_reads_their_accounts_outside_the_write_only_the_first_time() {
        var alice = ledger.registration().register(customer("alice"));
        var bob = ledger.registration().register(customer("bob"));
        ledger.cash().deposit(CashCommand.of(alice.account().id(), Money.parse("10.00", EUR), ""));
        ToCustomer payBob = new ToCustomer(alice.customer().id(), bob.customer().id(), Money.parse("1.00", EUR), "",
                Optional.empty());
        ledger.transfers().transferToCustomer(payBob);

        long before = store.ownerReads();
        var second = ledger.transfers().transferToCustomer(payBob);

        assertThat(store.ownerReads()).isEqualTo(before);
        assertThat(second.transfer().creditAccountId()).isEqualTo(bob.account().id());
        assertThat(ledger.queries().defaultAccountId(bob.customer().id(), EUR)).isEqualTo(bob.account().id());
    }

    @Test
    void a_customer_without_an_account_in_a_currency_is_looked_up_again_once_it_has_one() {
        var alice = ledger.registration().register(customer("alice"));
        assertRefused(() -> ledger.queries().defaultAccountId(alice.customer().id(), USD), Refusal.ACCOUNT_NOT_FOUND);

        long usd = ledger.accounts().open(alice.customer().id(), USD).id();

        assertThat(ledger.queries().defaultAccountId(alice.customer().id(), USD)).isEqualTo(usd);
    }

    @Test
    void a_customer_cannot_pay_into_the_banks_cash_account_which_looks_like_an_unknown_account() {
        var alice = ledger.registration().register(customer("alice"));
        ledger.cash().deposit(CashCommand.of(alice.account().id(), Money.parse("10.00", EUR), ""));
        long cash = ledger.queries().cashAccount(EUR).orElseThrow().id();

        assertRefused(() -> ledger.transfers().transfer(new TransferCommand(alice.account().id(), cash,
                Money.parse("1.00", EUR), "", Optional.empty(), OptionalLong.of(alice.customer().id()))),
                Refusal.ACCOUNT_NOT_FOUND);
        assertThat(ledger.queries().account(alice.account().id()).orElseThrow().balanceMinor()).isEqualTo(1_000);
    }

    @Test
    void a_withdrawal_from_an_unknown_account_is_refused_before_the_cash_account_is_opened() {
        assertRefused(() -> ledger.cash().withdraw(CashCommand.of(42, Money.parse("1.00", EUR), "")),
                Refusal.ACCOUNT_NOT_FOUND);

        assertThat(ledger.queries().cashAccount(EUR)).isEmpty();
    }

    @Test
    void journal_time_holds_still_when_the_clock_steps_back() {
        long alice = ledger.registration().register(customer("alice")).account().id();
        var first = ledger.cash().deposit(CashCommand.of(alice, Money.parse("1.00", EUR), "")).transfer();
        clock.advance(Duration.ofMinutes(-5));

        var second = ledger.cash().deposit(CashCommand.of(alice, Money.parse("1.00", EUR), "")).transfer();

        assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
        assertThat(second.createdAt()).isEqualTo(first.createdAt());
    }

    private static RegisterCustomer.Command customer(String name) {
        return RegisterCustomer.Command.customer(name, name + "@example.org", null, EUR);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Refusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerException.class,
                refused -> assertThat(refused.refusal()).isEqualTo(refusal));
    }
}
