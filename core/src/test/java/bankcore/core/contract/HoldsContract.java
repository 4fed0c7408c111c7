package bankcore.core.contract;

import bankcore.core.domain.Account;
import bankcore.core.domain.BalanceAsOf;
import bankcore.core.domain.BatchItemRefusedException;
import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.domain.TransferNotPendingException;
import bankcore.core.domain.TransferStatus;
import bankcore.core.domain.analytics.HoldsOverview;
import bankcore.core.port.in.DryRun.Rehearsal;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.LedgerQueries.StatementRange;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every store must do for two-phase transfers, credit limits and dry runs: the rules are the
 * core's, but each store must keep pending totals, open holds and their endings, and answer them
 * inside its write transaction.
 */
public abstract class HoldsContract extends StoreContractFixture {
    private static final Duration HOUR = Duration.ofHours(1);

    // --- holds ---

    @Test
    void a_hold_reserves_the_available_balance_and_moves_no_money() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");

        Transfer hold = hold(alice, bob, "4.00");

        assertThat(hold.kind()).isEqualTo(TransferKind.HOLD);
        assertThat(hold.expiresAt()).isEqualTo(hold.createdAt().plus(HOUR));
        assertThat(status(hold)).isEqualTo(TransferStatus.PENDING);
        Account from = account(alice);
        assertThat(from.balance()).isEqualTo(eur("10.00"));
        assertThat(from.pendingDebits()).isEqualTo(eur("4.00"));
        assertThat(from.available()).isEqualTo(eur("6.00"));
        assertThat(account(bob).pendingCredits()).isEqualTo(eur("4.00"));
        assertThat(account(bob).balance()).isEqualTo(eur("0"));
        assertRefused(() -> transfer(alice, bob, "6.01"), Refusal.INSUFFICIENT_FUNDS);
        assertRefused(() -> hold(alice, bob, "6.01"), Refusal.INSUFFICIENT_FUNDS);
        transfer(alice, bob, "6.00");
    }

    @Test
    void a_capture_posts_the_hold_or_part_of_it_and_releases_the_rest() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");

        Transfer capture = ledger.holds().capture(new Capture(hold.id(), Optional.of(eur("2.50")), Optional.empty(),
                OptionalLong.empty())).transfer();

        assertThat(capture.kind()).isEqualTo(TransferKind.CAPTURE);
        assertThat(capture.ends()).isEqualTo(hold.id());
        assertThat(capture.amount()).isEqualTo(eur("2.50"));
        assertThat(status(hold)).isEqualTo(TransferStatus.CAPTURED);
        assertThat(status(capture)).isEqualTo(TransferStatus.POSTED);
        assertThat(account(alice)).extracting(Account::balance, Account::available, Account::pendingDebits)
                .containsExactly(eur("7.50"), eur("7.50"), eur("0"));
        assertThat(account(bob)).extracting(Account::balance, Account::pendingCredits)
                .containsExactly(eur("2.50"), eur("0"));
    }

    @Test
    void a_hold_of_all_that_is_available_is_captured_in_full_down_to_the_credit_limit() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        ledger.accountControls().setCreditLimit(alice, eur("5.00"));
        Transfer hold = hold(alice, bob, "15.00");

        ledger.holds().capture(Capture.all(hold.id()));

        assertThat(account(alice)).extracting(Account::balance, Account::available)
                .containsExactly(eur("-5.00"), eur("0.00"));
        assertThat(balance(bob)).isEqualTo(eur("15.00"));
    }

    @Test
    void a_void_releases_the_hold_even_on_a_frozen_account() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");
        ledger.accountControls().freeze(alice);

        Transfer released = ledger.holds().voidHold(VoidHold.of(hold.id())).transfer();

        assertThat(released.kind()).isEqualTo(TransferKind.VOID);
        assertThat(status(hold)).isEqualTo(TransferStatus.VOIDED);
        assertThat(account(alice).pendingDebits()).isEqualTo(eur("0"));
        assertThat(account(bob).pendingCredits()).isEqualTo(eur("0"));
        assertThat(account(alice).balance()).isEqualTo(eur("10.00"));
    }

    @Test
    void each_end_happens_once_and_a_second_attempt_is_refused_with_the_status() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer captured = hold(alice, bob, "1.00");
        Transfer voided = hold(alice, bob, "1.00");
        ledger.holds().capture(Capture.all(captured.id()));
        ledger.holds().voidHold(VoidHold.of(voided.id()));
        Transfer plain = transfer(alice, bob, "1.00");

        assertNotPending(() -> ledger.holds().capture(Capture.all(captured.id())), TransferStatus.CAPTURED);
        assertNotPending(() -> ledger.holds().voidHold(VoidHold.of(captured.id())), TransferStatus.CAPTURED);
        assertNotPending(() -> ledger.holds().capture(Capture.all(voided.id())), TransferStatus.VOIDED);
        assertNotPending(() -> ledger.holds().voidHold(VoidHold.of(plain.id())), TransferStatus.POSTED);
        assertRefused(() -> ledger.holds().capture(Capture.all(UUID.randomUUID())),
                Refusal.TRANSFER_NOT_FOUND);
        assertThat(balance(bob)).isEqualTo(eur("2.00"));
    }

    @Test
    void a_capture_above_the_held_amount_is_refused_and_changes_nothing() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");
        long size = journalSize();

        assertRefused(() -> ledger.holds().capture(new Capture(hold.id(), Optional.of(eur("4.01")), Optional.empty(),
                OptionalLong.empty())), Refusal.CAPTURE_EXCEEDS_HOLD);

        assertThat(journalSize()).isEqualTo(size);
        assertThat(status(hold)).isEqualTo(TransferStatus.PENDING);
    }

    @Test
    void only_the_debit_accounts_owner_may_end_a_customers_hold() {
        var aliceCustomer = register("alice", "alice@example.org");
        long alice = aliceCustomer.account().id();
        deposit(alice, "10.00");
        var bobCustomer = register("bob", "bob@example.org");
        long bob = bobCustomer.account().id();
        Transfer hold = ledger.holds().submit(Movement.held(new TransferCommand(alice, bob, eur("3"), "", Optional.empty(),
                OptionalLong.of(aliceCustomer.customer().id())), HOUR)).transfer();

        assertRefused(() -> ledger.holds().voidHold(new VoidHold(hold.id(), Optional.empty(),
                OptionalLong.of(bobCustomer.customer().id()))), Refusal.TRANSFER_NOT_FOUND);
        ledger.holds().capture(new Capture(hold.id(), Optional.empty(), Optional.empty(),
                OptionalLong.of(aliceCustomer.customer().id())));
        assertThat(balance(bob)).isEqualTo(eur("3"));
    }

    @Test
    void an_idempotent_capture_retry_returns_the_first_capture() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");
        Capture once = new Capture(hold.id(), Optional.empty(), Optional.of(new IdempotencyKey("caller", "cap-1")),
                OptionalLong.empty());

        Transfer first = ledger.holds().capture(once).transfer();
        var again = ledger.holds().capture(once);

        assertThat(again.replayed()).isTrue();
        assertThat(again.transfer().id()).isEqualTo(first.id());
        assertThat(balance(bob)).isEqualTo(eur("4.00"));
    }

    // --- expiry ---

    @Test
    void a_due_hold_expires_by_the_ledgers_clock_and_the_expiry_is_journaled() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");

        clock.advance(HOUR.minusSeconds(1));
        assertThat(ledger.holds().expireDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.holds().expireDue()).isEqualTo(1);
        assertThat(ledger.holds().expireDue()).isZero();

        assertThat(status(hold)).isEqualTo(TransferStatus.EXPIRED);
        Transfer expiry = ledger.queries().transfer(ledger.queries()
                .statement(alice, StatementRange.all(), Optional.empty(), 1).items().get(0).transferId()).orElseThrow();
        assertThat(expiry.kind()).isEqualTo(TransferKind.EXPIRY);
        assertThat(expiry.ends()).isEqualTo(hold.id());
        assertThat(expiry.createdAt()).isEqualTo(hold.expiresAt());
        assertThat(account(alice).available()).isEqualTo(eur("10.00"));
        assertRefused(() -> ledger.holds().capture(Capture.all(hold.id())), Refusal.TRANSFER_EXPIRED);
    }

    @Test
    void a_capture_or_void_past_the_expiry_expires_the_hold_first_and_is_refused() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer late = hold(alice, bob, "4.00");
        Transfer later = hold(alice, bob, "1.00");
        clock.advance(HOUR.plusSeconds(5));

        assertRefused(() -> ledger.holds().capture(Capture.all(late.id())), Refusal.TRANSFER_EXPIRED);
        assertRefused(() -> ledger.holds().voidHold(VoidHold.of(later.id())), Refusal.TRANSFER_EXPIRED);

        assertThat(status(late)).isEqualTo(TransferStatus.EXPIRED);
        assertThat(status(later)).isEqualTo(TransferStatus.EXPIRED);
        assertThat(account(alice).pendingDebits()).isEqualTo(eur("0"));
        assertThat(balance(bob)).isEqualTo(eur("0"));
    }

    // --- batches ---

    @Test
    void holds_made_together_are_captured_or_voided_together_all_or_nothing() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        List<Transfer> legs = ledger.holds().submitAll(List.of(
                Movement.held(TransferCommand.of(alice, bob, eur("3"), "leg 1"), HOUR),
                Movement.held(TransferCommand.of(alice, bob, eur("2"), "leg 2"), HOUR),
                Movement.posted(TransferCommand.of(alice, bob, eur("1"), "fee"))));
        assertRefused(() -> ledger.holds().submitAll(List.of(
                Movement.held(TransferCommand.of(alice, bob, eur("3"), ""), HOUR),
                Movement.held(TransferCommand.of(alice, bob, eur("2"), "too much"), HOUR))), Refusal.INSUFFICIENT_FUNDS);
        assertThat(account(alice).pendingDebits()).isEqualTo(eur("5"));

        assertRefused(() -> ledger.holds().captureAll(List.of(Capture.all(legs.get(0).id()),
                new Capture(legs.get(1).id(), Optional.of(eur("9")), Optional.empty(), OptionalLong.empty()))),
                Refusal.CAPTURE_EXCEEDS_HOLD);
        assertThat(status(legs.get(0))).isEqualTo(TransferStatus.PENDING);

        ledger.holds().voidAll(List.of(VoidHold.of(legs.get(0).id()), VoidHold.of(legs.get(1).id())));
        assertThat(legs.subList(0, 2)).extracting(this::status).containsOnly(TransferStatus.VOIDED);
        assertThat(account(alice)).extracting(Account::balance, Account::available)
                .containsExactly(eur("9"), eur("9"));
    }

    @Test
    void capture_all_and_void_all_name_the_refused_hold_and_end_none_of_them() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer first = hold(alice, bob, "3.00");
        Transfer second = hold(alice, bob, "2.00");
        Transfer voided = hold(alice, bob, "1.00");
        ledger.holds().voidHold(VoidHold.of(voided.id()));

        assertThatThrownBy(() -> ledger.holds().captureAll(List.of(Capture.all(first.id()),
                new Capture(second.id(), Optional.of(eur("2.01")), Optional.empty(), OptionalLong.empty()))))
                .isInstanceOfSatisfying(BatchItemRefusedException.class, refused -> {
                    assertThat(refused.index()).isEqualTo(1);
                    assertThat(refused.refusal()).isEqualTo(Refusal.CAPTURE_EXCEEDS_HOLD);
                });
        assertThatThrownBy(() -> ledger.holds().voidAll(List.of(VoidHold.of(first.id()), VoidHold.of(second.id()),
                VoidHold.of(voided.id()))))
                .isInstanceOfSatisfying(BatchItemRefusedException.class, refused -> {
                    assertThat(refused.index()).isEqualTo(2);
                    assertThat(refused.itemRefusal()).isInstanceOfSatisfying(TransferNotPendingException.class,
                            notPending -> assertThat(notPending.status()).isEqualTo(TransferStatus.VOIDED));
                });

        assertThat(List.of(first, second)).extracting(this::status).containsOnly(TransferStatus.PENDING);
        assertThat(account(alice)).extracting(Account::balance, Account::pendingDebits)
                .containsExactly(eur("10.00"), eur("5.00"));
    }

    // --- credit limits ---

    @Test
    void an_account_may_go_down_to_minus_its_credit_limit_holds_counted_and_never_below() {
        long alice = account("alice@example.org");
        long bob = account("bob@example.org");
        ledger.accountControls().setCreditLimit(alice, eur("5.00"));

        hold(alice, bob, "2.00");
        assertRefused(() -> transfer(alice, bob, "3.01"), Refusal.INSUFFICIENT_FUNDS);
        transfer(alice, bob, "3.00");

        assertThat(account(alice)).extracting(Account::balance, Account::available, Account::creditLimit)
                .containsExactly(eur("-3.00"), eur("0.00"), eur("5.00"));
        assertRefused(() -> ledger.accountControls().setCreditLimit(alice, eur("4.99")), Refusal.CREDIT_LIMIT_IN_USE);
        assertRefused(() -> ledger.cash().withdraw(CashCommand.of(alice, eur("0.01"), "")),
                Refusal.INSUFFICIENT_FUNDS);
        ledger.accountControls().setCreditLimit(alice, eur("5.00"));
        assertThat(account(alice).creditLimit()).isEqualTo(eur("5.00"));
    }

    @Test
    void the_cash_account_takes_no_credit_limit() {
        long alice = account("alice@example.org");
        long cash = deposit(alice, "1.00").debitAccountId();

        assertRefused(() -> ledger.accountControls().setCreditLimit(cash, eur("1")), Refusal.INVALID_ARGUMENT);
        assertRefused(() -> ledger.accountControls().setCreditLimit(alice, eur("-1")), Refusal.INVALID_AMOUNT);
    }

    // --- statements ---

    @Test
    void statements_show_holds_and_their_ends_and_balance_as_of_stays_exact() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");
        clock.advance(Duration.ofMinutes(1));
        ledger.holds().capture(new Capture(hold.id(), Optional.of(eur("1.00")), Optional.empty(), OptionalLong.empty()));

        List<StatementEntry> lines = ledger.queries().statement(alice, StatementRange.all(), Optional.empty(), 10)
                .items();

        assertThat(lines).extracting(StatementEntry::kind)
                .containsExactly(TransferKind.CAPTURE, TransferKind.HOLD, TransferKind.POSTED);
        assertThat(lines).extracting(StatementEntry::balanceAfter)
                .containsExactly(eur("9.00"), eur("10.00"), eur("10.00"));
        assertThat(ledger.queries().balanceAsOf(alice, hold.createdAt())).isEqualTo(eur("10.00"));
        assertThat(ledger.queries().balanceAsOf(alice, clock.instant())).isEqualTo(eur("9.00"));
    }

    @Test
    void every_line_shows_the_available_balance_right_after_it_for_every_kind() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        ledger.accountControls().setCreditLimit(alice, eur("5.00"));
        Transfer captured = hold(alice, bob, "4.00");
        Transfer voided = hold(alice, bob, "3.00");
        ledger.holds().capture(new Capture(captured.id(), Optional.of(eur("1.00")), Optional.empty(),
                OptionalLong.empty()));
        ledger.holds().voidHold(VoidHold.of(voided.id()));
        hold(alice, bob, "2.00");
        transfer(alice, bob, "1.00");
        clock.advance(HOUR);
        assertThat(ledger.holds().expireDue()).isEqualTo(1);

        List<StatementEntry> lines = ledger.queries().statement(alice, StatementRange.all(), Optional.empty(), 20)
                .items();

        assertThat(lines).extracting(StatementEntry::kind).containsExactly(TransferKind.EXPIRY, TransferKind.POSTED,
                TransferKind.HOLD, TransferKind.VOID, TransferKind.CAPTURE, TransferKind.HOLD, TransferKind.HOLD,
                TransferKind.POSTED);
        assertThat(lines).extracting(StatementEntry::balanceAfter).containsExactly(eur("8.00"), eur("8.00"),
                eur("9.00"), eur("9.00"), eur("9.00"), eur("10.00"), eur("10.00"), eur("10.00"));
        // The deposit came before the credit line, so its line keeps what was available then.
        assertThat(lines).extracting(line -> line.availableAfter().orElseThrow()).containsExactly(eur("13.00"),
                eur("11.00"), eur("12.00"), eur("14.00"), eur("11.00"), eur("8.00"), eur("11.00"), eur("10.00"));
        assertThat(lines.get(0).availableAfter()).contains(account(alice).available());
        // The paid side: a hold promises money but makes none available; the capture does.
        List<StatementEntry> bobsLines = ledger.queries().statement(bob, StatementRange.all(), Optional.empty(), 20)
                .items();
        assertThat(bobsLines).extracting(line -> line.availableAfter().orElseThrow()).containsExactly(eur("2.00"),
                eur("2.00"), eur("1.00"), eur("1.00"), eur("1.00"), eur("0.00"), eur("0.00"));
    }

    @Test
    void balance_as_of_gives_the_holds_open_and_the_credit_limit_in_force_at_that_instant() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Instant funded = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        Transfer hold = hold(alice, bob, "4.00");
        clock.advance(Duration.ofMinutes(1));
        Instant limitSet = clock.instant();
        ledger.accountControls().setCreditLimit(alice, eur("5.00"));
        clock.advance(Duration.ofMinutes(1));
        Transfer capture = ledger.holds().capture(new Capture(hold.id(), Optional.of(eur("1.00")), Optional.empty(),
                OptionalLong.empty())).transfer();
        clock.advance(Duration.ofMinutes(1));
        Instant limitLowered = clock.instant();
        ledger.accountControls().setCreditLimit(alice, eur("2.00"));

        assertAsOf(alice, funded, "10.00", "0.00", "0.00", "10.00");
        assertAsOf(alice, hold.createdAt(), "10.00", "4.00", "0.00", "6.00");
        assertAsOf(alice, limitSet, "10.00", "4.00", "5.00", "11.00");
        assertAsOf(alice, capture.createdAt(), "9.00", "0.00", "5.00", "14.00");
        assertAsOf(alice, limitLowered, "9.00", "0.00", "2.00", "11.00");
        assertThat(ledger.queries().balanceAndHoldsAsOf(alice, clock.instant()).available())
                .contains(account(alice).available());
        assertThat(ledger.queries().balanceAndHoldsAsOf(bob, hold.createdAt()).pendingCredits()).isEqualTo(eur("4.00"));
        assertThat(ledger.queries().balanceAndHoldsAsOf(bob, capture.createdAt()))
                .extracting(BalanceAsOf::balance, BalanceAsOf::pendingCredits)
                .containsExactly(eur("1.00"), eur("0.00"));
    }

    private void assertAsOf(long accountId, Instant instant, String balance, String pendingDebits, String creditLimit,
                            String available) {
        BalanceAsOf asOf = ledger.queries().balanceAndHoldsAsOf(accountId, instant);
        assertThat(asOf.asOf()).isEqualTo(instant);
        assertThat(asOf.balance()).as("balance at " + instant).isEqualTo(eur(balance));
        assertThat(asOf.pendingDebits()).as("pending debits at " + instant).isEqualTo(eur(pendingDebits));
        assertThat(asOf.creditLimit()).as("credit limit at " + instant).contains(eur(creditLimit));
        assertThat(asOf.available()).as("available at " + instant).contains(eur(available));
    }

    // --- the dashboard's numbers ---

    @Test
    void the_holds_overview_counts_open_holds_credit_used_and_the_latest_expiries() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        ledger.accountControls().setCreditLimit(bob, eur("50.00"));
        transfer(bob, alice, "7.50");
        hold(alice, bob, "1.00");
        Transfer expiring = hold(alice, bob, "2.00");
        ledger.holds().submit(Movement.held(TransferCommand.of(alice, bob, eur("4.00"), ""), Duration.ofHours(2)));
        clock.advance(HOUR);
        ledger.holds().expireDue();

        HoldsOverview overview = ledger.analytics().holds(EUR);

        assertThat(overview.openHolds()).isEqualTo(1);
        assertThat(overview.held()).isEqualTo(eur("4.00"));
        assertThat(overview.creditUsed()).isEqualTo(eur("7.50"));
        assertThat(overview.recentExpiries()).extracting(Transfer::ends)
                .hasSize(2).contains(expiring.id());
        assertThat(ledger.analytics().holds(USD).openHolds()).isZero();
    }

    // --- dry runs ---

    @Test
    void a_dry_run_answers_what_would_happen_and_writes_nothing_not_even_its_key() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        long size = journalSize();
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("caller", "k-1"));

        Rehearsal<Transfer> rehearsal = ledger.dryRun().rehearse(movers -> movers.transfers().transfer(
                new TransferCommand(alice, bob, eur("4"), "", key, OptionalLong.empty())).transfer());

        assertThat(rehearsal.result().amount()).isEqualTo(eur("4"));
        assertThat(rehearsal.accountsAfter().get(alice).balance()).isEqualTo(eur("6"));
        assertThat(rehearsal.accountsAfter().get(bob).balance()).isEqualTo(eur("4"));
        assertThat(journalSize()).isEqualTo(size);
        assertThat(balance(alice)).isEqualTo(eur("10.00"));
        assertThat(ledger.queries().transfer(rehearsal.result().id())).isEmpty();
        assertRefused(() -> ledger.dryRun().rehearse(movers -> movers.transfers().transfer(
                TransferCommand.of(alice, bob, eur("11"), ""))), Refusal.INSUFFICIENT_FUNDS);
        // The key was not used up: the real request with another amount is not a conflict.
        ledger.transfers().transfer(new TransferCommand(alice, bob, eur("5"), "", key, OptionalLong.empty()));
        assertThat(balance(bob)).isEqualTo(eur("5"));
    }

    @Test
    void a_dry_run_capture_shows_the_balances_after_and_leaves_the_hold_pending() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer hold = hold(alice, bob, "4.00");

        Rehearsal<Transfer> rehearsal = ledger.dryRun().rehearse(movers -> movers.holds().capture(
                Capture.all(hold.id())).transfer());

        assertThat(rehearsal.accountsAfter().get(alice)).extracting(Account::balance, Account::pendingDebits)
                .containsExactly(eur("6.00"), eur("0.00"));
        assertThat(status(hold)).isEqualTo(TransferStatus.PENDING);
        assertThat(account(alice).pendingDebits()).isEqualTo(eur("4.00"));
    }

    @Test
    void a_dry_run_reversal_shows_the_money_going_back_and_writes_nothing() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer paid = transfer(alice, bob, "4.00");
        long size = journalSize();

        Rehearsal<Transfer> rehearsal = ledger.dryRun().rehearse(movers -> movers.transfers().reverse(paid.id(),
                "refund", Optional.of(new IdempotencyKey("operator", "r-1"))).transfer());

        assertThat(rehearsal.result().reverses()).isEqualTo(paid.id());
        assertThat(rehearsal.accountsAfter().get(alice).balance()).isEqualTo(eur("10.00"));
        assertThat(rehearsal.accountsAfter().get(bob).balance()).isEqualTo(eur("0.00"));
        assertThat(journalSize()).isEqualTo(size);
        assertThat(ledger.queries().transfer(rehearsal.result().id())).isEmpty();
        // The original is not reversed, so the real reversal with the same key goes through.
        ledger.transfers().reverse(paid.id(), "refund", Optional.of(new IdempotencyKey("operator", "r-1")));
        assertRefused(() -> ledger.dryRun().rehearse(movers -> movers.transfers().reverse(paid.id(), "again",
                Optional.empty())), Refusal.ALREADY_REVERSED);
    }

    @Test
    void a_dry_run_batch_rehearses_every_item_against_the_ones_before_it_and_writes_nothing() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        long size = journalSize();
        List<TransferCommand> sixAndFive = List.of(TransferCommand.of(alice, bob, eur("6.00"), "first"),
                TransferCommand.of(alice, bob, eur("5.00"), "second"));

        Rehearsal<List<Outcome<Posted>>> each = ledger.dryRun().rehearse(movers -> movers.transfers()
                .transferEach(sixAndFive));
        Rehearsal<List<Transfer>> all = ledger.dryRun().rehearse(movers -> movers.transfers()
                .transferAll(sixAndFive.subList(0, 1)));

        assertThat(each.result()).extracting(Outcome::isDone).containsExactly(true, false);
        assertThat(each.result().get(1).refusal().refusal()).isEqualTo(Refusal.INSUFFICIENT_FUNDS);
        assertThat(each.accountsAfter().get(alice).balance()).isEqualTo(eur("4.00"));
        assertThat(all.result()).extracting(Transfer::amount).containsExactly(eur("6.00"));
        assertThat(all.accountsAfter().get(bob).balance()).isEqualTo(eur("6.00"));
        assertThatThrownBy(() -> ledger.dryRun().rehearse(movers -> movers.transfers().transferAll(sixAndFive)))
                .isInstanceOfSatisfying(BatchItemRefusedException.class,
                        refused -> assertThat(refused.index()).isEqualTo(1));
        assertThat(journalSize()).isEqualTo(size);
        assertThat(balance(alice)).isEqualTo(eur("10.00"));
    }

    @Test
    void a_dry_run_capture_all_shows_every_capture_and_leaves_the_holds_pending() {
        long alice = funded("alice@example.org", "10.00");
        long bob = account("bob@example.org");
        Transfer first = hold(alice, bob, "3.00");
        Transfer second = hold(alice, bob, "2.00");
        long size = journalSize();

        Rehearsal<List<Transfer>> rehearsal = ledger.dryRun().rehearse(movers -> movers.holds().captureAll(List.of(
                Capture.all(first.id()), new Capture(second.id(), Optional.of(eur("1.50")), Optional.empty(),
                        OptionalLong.empty()))));

        assertThat(rehearsal.result()).extracting(Transfer::ends).containsExactly(first.id(), second.id());
        assertThat(rehearsal.accountsAfter().get(alice)).extracting(Account::balance, Account::pendingDebits)
                .containsExactly(eur("5.50"), eur("0.00"));
        assertThat(journalSize()).isEqualTo(size);
        assertThat(List.of(first, second)).extracting(this::status).containsOnly(TransferStatus.PENDING);
    }

    private Transfer transfer(long from, long to, String amount) {
        return ledger.transfers().transfer(TransferCommand.of(from, to, eur(amount), "")).transfer();
    }

    private Account account(long id) {
        return ledger.queries().account(id).orElseThrow();
    }

    private TransferStatus status(Transfer transfer) {
        return ledger.queries().status(ledger.queries().transfer(transfer.id()).orElseThrow());
    }

    private static void assertNotPending(ThrowingCallable call,
                                         TransferStatus status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(TransferNotPendingException.class, refused -> {
            assertThat(refused.status()).isEqualTo(status);
            assertThat(refused.refusal()).isEqualTo(Refusal.TRANSFER_NOT_PENDING);
        });
    }
}
