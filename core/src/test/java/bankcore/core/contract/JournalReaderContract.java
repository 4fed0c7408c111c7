package bankcore.core.contract;

import bankcore.core.domain.Page;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.LedgerQueries.StatementRange;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store's journal reads must do ({@code JournalReader}): statements, balance as of, search. */
public abstract class JournalReaderContract extends StoreContractFixture {

    @Test
    void a_statement_lists_entries_newest_first_with_running_balances_across_pages() {
        long alice = account("alice@example.org");
        long bob = account("bob@example.org");
        for (int i = 1; i <= 7; i++) {
            clock.advance(Duration.ofMinutes(1));
            deposit(alice, i + ".00");
        }
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("5.50"), "to bob"));

        List<StatementEntry> all = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<StatementEntry> page = ledger.queries().statement(alice, StatementRange.all(), cursor, 3);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor.isPresent());

        assertThat(all).hasSize(8);
        assertThat(all.get(0).amount()).isEqualTo(eur("-5.50"));
        assertThat(all.get(0).balanceAfter()).isEqualTo(eur("22.50"));
        assertThat(all.get(0).counterpartyAccountId()).isEqualTo(bob);
        assertThat(all.get(7).balanceAfter()).isEqualTo(eur("1.00"));
        for (int i = 0; i < all.size() - 1; i++) {
            assertThat(all.get(i).balanceAfter()).isEqualTo(all.get(i + 1).balanceAfter().plus(all.get(i).amount()));
        }
    }

    @Test
    void a_statement_range_keeps_only_entries_posted_inside_it() {
        long alice = account("alice@example.org");
        deposit(alice, "1");
        clock.advance(Duration.ofHours(1));
        deposit(alice, "2");
        clock.advance(Duration.ofHours(1));
        deposit(alice, "3");

        var middle = new StatementRange(Optional.of(START.plus(Duration.ofMinutes(30))),
                Optional.of(START.plus(Duration.ofMinutes(90))));
        List<StatementEntry> collected = new ArrayList<>();
        ledger.queries().forEachStatementEntry(alice, middle, collected::add);

        assertThat(collected).extracting(StatementEntry::amount).containsExactly(eur("2"));
        assertRefused(() -> ledger.queries().statement(424_242, StatementRange.all(), Optional.empty(), 10),
                Refusal.ACCOUNT_NOT_FOUND);
        assertRefused(() -> ledger.queries().statement(alice, StatementRange.all(), Optional.of("not-a-cursor"), 10),
                Refusal.INVALID_ARGUMENT);
        assertRefused(() -> ledger.queries().statement(alice, StatementRange.all(), Optional.empty(), 201),
                Refusal.INVALID_ARGUMENT);
    }

    @Test
    void tells_the_balance_as_of_any_instant() {
        long alice = account("alice@example.org");
        clock.advance(Duration.ofMinutes(10));
        deposit(alice, "1.00");
        clock.advance(Duration.ofMinutes(10));
        deposit(alice, "2.00");

        assertThat(ledger.queries().balanceAsOf(alice, START)).isEqualTo(eur("0"));
        assertThat(ledger.queries().balanceAsOf(alice, START.plus(Duration.ofMinutes(15)))).isEqualTo(eur("1.00"));
        assertThat(ledger.queries().balanceAsOf(alice, START.plus(Duration.ofMinutes(20)))).isEqualTo(eur("3.00"));
    }

    @Test
    void journal_time_never_runs_backwards_even_when_the_clock_does() {
        long alice = account("alice@example.org");
        clock.advance(Duration.ofMinutes(10));
        Transfer later = deposit(alice, "1.00");
        clock.set(START);

        Transfer next = deposit(alice, "1.00");

        assertThat(next.createdAt()).isEqualTo(later.createdAt());
        assertThat(next.sequence()).isEqualTo(later.sequence() + 1);
    }

    @Test
    void searches_the_journal_newest_first_by_account_customer_amount_and_time() {
        var alice = register("Alice", "alice@example.org");
        long bob = account("bob@example.org");
        deposit(alice.account().id(), "100");
        clock.advance(Duration.ofHours(1));
        ledger.transfers().transfer(TransferCommand.of(alice.account().id(), bob, eur("5"), "small"));
        ledger.transfers().transfer(TransferCommand.of(alice.account().id(), bob, eur("50"), "large"));

        Page<Transfer> toBob = ledger.queries().transfers(new TransferFilter(Optional.of(bob), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty(), 10);
        Page<Transfer> large = ledger.queries().transfers(new TransferFilter(Optional.empty(),
                Optional.of(alice.customer().id()), Optional.of(1_000L), Optional.of(9_999L), Optional.empty(),
                Optional.empty()), Optional.empty(), 10);
        Page<Transfer> firstHour = ledger.queries().transfers(new TransferFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(START), Optional.of(START.plusSeconds(60))),
                Optional.empty(), 10);

        assertThat(toBob.items()).extracting(Transfer::description).containsExactly("large", "small");
        assertThat(large.items()).extracting(Transfer::description).containsExactly("large");
        assertThat(firstHour.items()).hasSize(1).allMatch(t -> t.amount().equals(eur("100")));
        assertThat(ledger.queries().transfers(TransferFilter.all(), Optional.empty(), 2).nextCursor()).isPresent();
    }
}
