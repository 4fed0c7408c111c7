package bankcore.core.contract;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.BatchItemRefusedException;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Role;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.ToCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store's write side must do ({@code LedgerWriter}, with the account and customer
 * reads that show its effect): registration, accounts, transfers, batches, idempotency, reversals.
 */
public abstract class LedgerWriterContract extends StoreContractFixture {
    // --- customers and accounts ---

    @Test
    void registers_a_customer_with_a_first_empty_account() {
        var registration = register("Ada Lovelace", "Ada@Example.org");

        assertThat(registration.customer().email()).isEqualTo("ada@example.org");
        assertThat(registration.account().balance()).isEqualTo(Money.zero(EUR));
        assertThat(registration.account().ownerId()).isEqualTo(registration.customer().id());
        assertThat(ledger.queries().customer(registration.customer().id())).contains(registration.customer());
        assertThat(ledger.queries().accountsOf(registration.customer().id())).containsExactly(registration.account());
    }

    @Test
    void refuses_a_second_customer_with_the_same_email_in_any_case() {
        register("Ada", "ada@example.org");

        assertRefused(() -> register("Other Ada", "ADA@example.org"), Refusal.DUPLICATE_EMAIL);
        assertThat(ledger.queries().customers(Optional.empty(), 50).items()).hasSize(1);
    }

    @Test
    void opens_more_accounts_for_a_customer_but_not_for_an_unknown_one() {
        long ada = register("Ada", "ada@example.org").customer().id();

        Account dollars = ledger.accounts().open(ada, USD);

        assertThat(ledger.queries().accountsOf(ada)).hasSize(2).contains(dollars);
        assertRefused(() -> ledger.accounts().open(999_999, EUR), Refusal.CUSTOMER_NOT_FOUND);
    }

    @Test
    void registers_and_opens_in_bulk_with_one_outcome_per_command() {
        List<Outcome<RegisterCustomer.Registration>> registered = ledger.registration().registerEach(List.of(
                RegisterCustomer.Command.customer("Ada", "ada@example.org", null, EUR),
                RegisterCustomer.Command.customer("Ada again", "ADA@example.org", null, EUR),
                RegisterCustomer.Command.customer("Alan", "alan@example.org", null, EUR)));

        assertThat(registered).extracting(o -> o.isDone() ? "done" : o.refusal().refusal().name())
                .containsExactly("done", "DUPLICATE_EMAIL", "done");
        long ada = registered.get(0).value().customer().id();
        List<Outcome<Account>> opened = ledger.accounts().openEach(List.of(
                new bankcore.core.port.in.OpenAccount.Command(ada, USD),
                new bankcore.core.port.in.OpenAccount.Command(999_999, USD)));
        assertThat(opened.get(0).value().currency()).isEqualTo(USD);
        assertThat(opened.get(1).refusal().refusal()).isEqualTo(Refusal.CUSTOMER_NOT_FOUND);
        assertThat(ledger.queries().accountsOf(ada)).hasSize(2);
    }

    @Test
    void logs_in_with_the_right_password_only_and_locks_after_repeated_failures() {
        ledger.registration().register(RegisterCustomer.Command.customer("Ada", "ada@example.org",
                "correct-password".toCharArray(), EUR));

        assertThat(ledger.authentication().login("ADA@example.org", "correct-password".toCharArray()).email())
                .isEqualTo("ada@example.org");
        assertRefused(() -> ledger.authentication().login("nobody@example.org", "whatever-pass".toCharArray()),
                Refusal.INVALID_CREDENTIALS);
        for (int i = 0; i < 5; i++) {
            assertRefused(() -> ledger.authentication().login("ada@example.org", "wrong-password".toCharArray()),
                    Refusal.INVALID_CREDENTIALS);
        }
        assertRefused(() -> ledger.authentication().login("ada@example.org", "correct-password".toCharArray()),
                Refusal.TOO_MANY_ATTEMPTS);

        clock.advance(Duration.ofMinutes(16));
        assertThat(ledger.authentication().login("ada@example.org", "correct-password".toCharArray())).isNotNull();
    }

    @Test
    void creates_the_first_admin_once() {
        var created = ledger.registration().ensureAdmin("admin@bank.test", "admin-password".toCharArray(), EUR);
        var again = ledger.registration().ensureAdmin("other-admin@bank.test", "admin-password".toCharArray(), EUR);

        assertThat(created).hasValueSatisfying(admin -> assertThat(admin.role()).isEqualTo(Role.ADMIN));
        assertThat(again).isEmpty();
        assertThat(ledger.queries().customerByEmail("other-admin@bank.test")).isEmpty();
    }

    // --- moving money ---

    @Test
    void a_transfer_moves_both_balances_and_is_journaled_with_its_time() {
        long alice = funded("alice@example.org", "100.00");
        long bob = account("bob@example.org");
        clock.advance(Duration.ofSeconds(5));

        Transfer rent = ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("30.25"), "rent")).transfer();

        assertThat(balance(alice)).isEqualTo(eur("69.75"));
        assertThat(balance(bob)).isEqualTo(eur("30.25"));
        assertThat(rent.createdAt()).isEqualTo(START.plusSeconds(5));
        assertThat(rent.description()).isEqualTo("rent");
        assertThat(ledger.queries().transfer(rent.id())).contains(rent);
    }

    @Test
    void rejects_a_transfer_when_funds_are_insufficient_and_changes_nothing() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        long journalBefore = journalSize();

        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("10.01"), "")),
                Refusal.INSUFFICIENT_FUNDS);

        assertThat(balance(alice)).isEqualTo(eur("10.00"));
        assertThat(balance(bob)).isEqualTo(eur("0.00"));
        assertThat(journalSize()).isEqualTo(journalBefore);
    }

    @Test
    void allows_spending_the_whole_balance_to_exactly_zero() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");

        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("10.00"), ""));

        assertThat(balance(alice)).isEqualTo(eur("0"));
    }

    @Test
    void rejects_a_transfer_from_or_to_an_unknown_account_and_changes_nothing() {
        long alice = funded("alice@example.org", "10.00");

        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(alice, 424_242, eur("1"), "")),
                Refusal.ACCOUNT_NOT_FOUND);
        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(424_242, alice, eur("1"), "")),
                Refusal.ACCOUNT_NOT_FOUND);
        assertThat(balance(alice)).isEqualTo(eur("10.00"));
    }

    @Test
    void rejects_a_transfer_to_the_same_account() {
        long alice = funded("alice@example.org", "10.00");

        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(alice, alice, eur("1"), "")),
                Refusal.SAME_ACCOUNT);
    }

    @Test
    void rejects_a_transfer_between_currencies() {
        long alice = funded("alice@example.org", "10.00");
        long bobDollars = ledger.accounts().open(register("Bob", "bob@example.org").customer().id(), USD).id();

        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(alice, bobDollars, eur("1"), "")),
                Refusal.CURRENCY_MISMATCH);
        assertThat(balance(alice)).isEqualTo(eur("10.00"));
    }

    @Test
    void a_frozen_account_neither_sends_nor_receives_until_unfrozen() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");

        ledger.accountControls().freeze(bob);
        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1"), "")),
                Refusal.ACCOUNT_NOT_ACTIVE);
        ledger.accountControls().freeze(alice);
        ledger.accountControls().unfreeze(bob);
        assertRefused(() -> ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1"), "")),
                Refusal.ACCOUNT_NOT_ACTIVE);

        ledger.accountControls().unfreeze(alice);
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("1"), ""));
        assertThat(balance(bob)).isEqualTo(eur("1"));
    }

    @Test
    void closes_only_an_empty_account_and_never_reopens_it() {
        long alice = funded("alice@example.org", "10.00");

        assertRefused(() -> ledger.accountControls().close(alice), Refusal.ACCOUNT_NOT_EMPTY);
        ledger.cash().withdraw(CashCommand.of(alice, eur("10.00"), "cash out"));
        assertThat(ledger.accountControls().close(alice).status()).isEqualTo(AccountStatus.CLOSED);
        assertRefused(() -> ledger.accountControls().unfreeze(alice), Refusal.ACCOUNT_NOT_ACTIVE);
        assertRefused(() -> ledger.cash().deposit(CashCommand.of(alice, eur("1"), "")), Refusal.ACCOUNT_NOT_ACTIVE);
        assertRefused(() -> ledger.accountControls().freeze(424_242), Refusal.ACCOUNT_NOT_FOUND);
    }

    @Test
    void a_customer_may_spend_only_from_its_own_account() {
        long alice = funded("alice@example.org", "10.00");
        var bob = register("Bob", "bob@example.org");
        long cash = ledger.queries().cashAccount(EUR).orElseThrow().id();

        assertRefused(() -> ledger.transfers().transfer(new TransferCommand(alice, bob.account().id(), eur("1"), "",
                Optional.empty(), OptionalLong.of(bob.customer().id()))), Refusal.ACCOUNT_NOT_FOUND);
        assertRefused(() -> ledger.transfers().transfer(new TransferCommand(cash, bob.account().id(), eur("1"), "",
                Optional.empty(), OptionalLong.of(bob.customer().id()))), Refusal.ACCOUNT_NOT_FOUND);
        assertThat(balance(bob.account().id())).isEqualTo(eur("0"));
    }

    @Test
    void the_seeds_transfer_goes_between_customers_first_accounts() {
        var alice = register("Alice", "alice@example.org");
        var bob = register("Bob", "bob@example.org");
        deposit(alice.account().id(), "50.00");

        Posted posted = ledger.transfers().transferToCustomer(new ToCustomer(alice.customer().id(),
                bob.customer().id(), eur("20.00"), "", Optional.empty()));

        assertThat(posted.transfer().debitAccountId()).isEqualTo(alice.account().id());
        assertThat(balance(bob.account().id())).isEqualTo(eur("20.00"));
        assertRefused(() -> ledger.transfers().transferToCustomer(new ToCustomer(alice.customer().id(), 999_999,
                eur("1"), "", Optional.empty())), Refusal.CUSTOMER_NOT_FOUND);
        assertRefused(() -> ledger.transfers().transferToCustomer(new ToCustomer(alice.customer().id(),
                alice.customer().id(), eur("1"), "", Optional.empty())), Refusal.SAME_ACCOUNT);
        assertRefused(() -> ledger.transfers().transferToCustomer(new ToCustomer(alice.customer().id(),
                bob.customer().id(), eur("31"), "", Optional.empty())), Refusal.INSUFFICIENT_FUNDS);
    }

    @Test
    void a_customers_default_account_is_its_oldest_in_the_currency() {
        var alice = register("Alice", "alice@example.org");
        long usd = ledger.accounts().open(alice.customer().id(), USD).id();
        ledger.accounts().open(alice.customer().id(), EUR);

        assertThat(ledger.queries().defaultAccountId(alice.customer().id(), EUR)).isEqualTo(alice.account().id());
        assertThat(ledger.queries().defaultAccountId(alice.customer().id(), USD)).isEqualTo(usd);
        assertRefused(() -> ledger.queries().defaultAccountId(alice.customer().id(), Currencies.of("GBP")),
                Refusal.ACCOUNT_NOT_FOUND);
    }

    @Test
    void deposits_and_withdrawals_go_against_the_cash_account_so_the_currency_sums_to_zero() {
        long alice = account("alice@example.org");

        deposit(alice, "0.10");
        deposit(alice, "0.20");
        ledger.cash().withdraw(CashCommand.of(alice, eur("0.05"), ""));

        assertThat(balance(alice)).isEqualTo(eur("0.25"));
        assertThat(ledger.queries().cashAccount(EUR).orElseThrow().balance()).isEqualTo(eur("-0.25"));
        assertRefused(() -> ledger.cash().withdraw(CashCommand.of(alice, eur("0.26"), "")), Refusal.INSUFFICIENT_FUNDS);
    }

    @Test
    void refuses_a_credit_that_would_overflow_a_balance_and_keeps_the_rest() {
        long whale = funded("whale@example.org", "1");
        long cash = ledger.queries().cashAccount(EUR).orElseThrow().id();
        Money max = Money.of(Transfer.MAX_AMOUNT_MINOR, EUR);
        int needed = (int) (Long.MAX_VALUE / Transfer.MAX_AMOUNT_MINOR) + 1;

        List<Outcome<Posted>> outcomes = ledger.transfers().transferEach(IntStream.range(0, needed)
                .mapToObj(i -> TransferCommand.of(cash, whale, max, "")).toList());

        assertThat(outcomes.get(needed - 1).refusal().refusal()).isEqualTo(Refusal.AMOUNT_OUT_OF_RANGE);
        assertThat(outcomes.subList(0, needed - 1)).allMatch(Outcome::isDone);
        assertThat(balance(whale).amountMinor()).isEqualTo(100 + (needed - 1) * Transfer.MAX_AMOUNT_MINOR);
    }

    // --- exactly once ---

    @Test
    void an_idempotent_retry_returns_the_first_transfer_and_moves_money_once() {
        long alice = funded("alice@example.org", "100.00");
        long bob = account("bob@example.org");
        var key = Optional.of(new IdempotencyKey("customer:1", "order-17"));

        Posted first = ledger.transfers().transfer(new TransferCommand(alice, bob, eur("10"), "", key, OptionalLong.empty()));
        Posted retry = ledger.transfers().transfer(new TransferCommand(alice, bob, eur("10.00"), "", key, OptionalLong.empty()));

        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.transfer()).isEqualTo(first.transfer());
        assertThat(balance(bob)).isEqualTo(eur("10"));
    }

    @Test
    void reusing_a_key_for_a_different_request_is_refused_but_other_callers_may_use_it() {
        long alice = funded("alice@example.org", "100.00");
        long bob = account("bob@example.org");
        var key = Optional.of(new IdempotencyKey("customer:1", "order-17"));
        ledger.transfers().transfer(new TransferCommand(alice, bob, eur("10"), "", key, OptionalLong.empty()));

        assertRefused(() -> ledger.transfers().transfer(new TransferCommand(alice, bob, eur("11"), "", key,
                OptionalLong.empty())), Refusal.IDEMPOTENCY_CONFLICT);
        assertRefused(() -> ledger.cash().deposit(new CashCommand(bob, eur("10"), "", key)),
                Refusal.IDEMPOTENCY_CONFLICT);

        ledger.transfers().transfer(new TransferCommand(alice, bob, eur("11"), "",
                Optional.of(new IdempotencyKey("customer:2", "order-17")), OptionalLong.empty()));
        assertThat(balance(bob)).isEqualTo(eur("21"));
    }

    @Test
    void a_refused_request_does_not_use_up_its_key() {
        long alice = funded("alice@example.org", "5.00");
        long bob = account("bob@example.org");
        var key = Optional.of(new IdempotencyKey("customer:1", "retry-me"));

        assertRefused(() -> ledger.transfers().transfer(new TransferCommand(alice, bob, eur("10"), "", key,
                OptionalLong.empty())), Refusal.INSUFFICIENT_FUNDS);
        deposit(alice, "5.00");

        assertThat(ledger.transfers().transfer(new TransferCommand(alice, bob, eur("10"), "", key,
                OptionalLong.empty())).replayed()).isFalse();
    }

    // --- batches and reversals ---

    @Test
    void a_batch_commits_all_or_nothing() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");

        assertRefused(() -> ledger.transfers().transferAll(List.of(
                TransferCommand.of(alice, bob, eur("6"), "first"),
                TransferCommand.of(alice, bob, eur("6"), "second overdraws"))), Refusal.INSUFFICIENT_FUNDS);
        assertThat(balance(bob)).isEqualTo(eur("0"));

        List<Transfer> both = ledger.transfers().transferAll(List.of(
                TransferCommand.of(alice, bob, eur("6"), "first"),
                TransferCommand.of(bob, alice, eur("1"), "change")));
        assertThat(both).extracting(Transfer::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(balance(bob)).isEqualTo(eur("5"));
    }

    @Test
    void an_atomic_batch_names_the_item_that_the_ledger_refused() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        long carol = account("carol@example.org");
        ledger.accountControls().freeze(carol);

        assertThatThrownBy(() -> ledger.transfers().transferAll(List.of(
                TransferCommand.of(alice, bob, eur("6"), "first"),
                TransferCommand.of(alice, bob, eur("1"), "second"),
                TransferCommand.of(alice, bob, eur("6"), "third overdraws"))))
                .isInstanceOfSatisfying(BatchItemRefusedException.class, refused -> {
                    assertThat(refused.index()).isEqualTo(2);
                    assertThat(refused.refusal()).isEqualTo(Refusal.INSUFFICIENT_FUNDS);
                    assertThat(refused.itemRefusal().refusal()).isEqualTo(Refusal.INSUFFICIENT_FUNDS);
                });
        assertThatThrownBy(() -> ledger.transfers().transferAll(List.of(
                TransferCommand.of(alice, bob, eur("1"), ""),
                TransferCommand.of(alice, carol, eur("1"), "frozen"))))
                .isInstanceOfSatisfying(BatchItemRefusedException.class, refused -> {
                    assertThat(refused.index()).isEqualTo(1);
                    assertThat(refused.refusal()).isEqualTo(Refusal.ACCOUNT_NOT_ACTIVE);
                });
        assertThat(balance(bob)).isEqualTo(eur("0"));
    }

    @Test
    void transfer_each_reports_one_outcome_per_command_and_commits_the_good_ones() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");

        List<Outcome<Posted>> outcomes = ledger.transfers().transferEach(List.of(
                TransferCommand.of(alice, bob, eur("4"), ""),
                TransferCommand.of(alice, bob, eur("7"), "too much now"),
                TransferCommand.of(alice, 424_242, eur("1"), ""),
                TransferCommand.of(alice, bob, eur("6"), "")));

        assertThat(outcomes).extracting(o -> o.isDone() ? "done" : o.refusal().refusal().name())
                .containsExactly("done", "INSUFFICIENT_FUNDS", "ACCOUNT_NOT_FOUND", "done");
        assertThat(balance(bob)).isEqualTo(eur("10"));
    }

    @Test
    void a_reversal_points_at_the_original_and_cannot_happen_twice() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer mistake = ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("3"), "oops")).transfer();

        Transfer reversal = ledger.transfers().reverse(mistake.id(), "", Optional.empty()).transfer();

        assertThat(reversal.reverses()).isEqualTo(mistake.id());
        assertThat(reversal.debitAccountId()).isEqualTo(bob);
        assertThat(balance(alice)).isEqualTo(eur("10"));
        assertRefused(() -> ledger.transfers().reverse(mistake.id(), "", Optional.empty()), Refusal.ALREADY_REVERSED);
        assertRefused(() -> ledger.transfers().reverse(UUID.randomUUID(), "", Optional.empty()),
                Refusal.TRANSFER_NOT_FOUND);
    }
}
