package bankcore.core.contract;

import bankcore.core.domain.Account;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.analytics.CurrencySummary;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store's aggregates must do ({@code AnalyticsReader}): liquidity, volume, wealth. */
public abstract class AnalyticsReaderContract extends StoreContractFixture {

    @Test
    void the_summary_shows_liquidity_and_flow_per_currency() {
        long alice = account("alice@example.org");
        long bob = account("bob@example.org");
        deposit(alice, "100.00");
        clock.advance(Duration.ofHours(1));
        ledger.transfers().transfer(TransferCommand.of(alice, bob, eur("40.00"), ""));

        LedgerSummary summary = ledger.analytics().summary();

        assertThat(summary.customers()).isEqualTo(2);
        assertThat(summary.transfers()).isEqualTo(2);
        CurrencySummary euros = summary.currencies().get(0);
        assertThat(euros.liquidity()).isEqualTo(eur("100.00"));
        assertThat(euros.cashAccount()).isEqualTo(eur("-100.00"));
        assertThat(euros.last24h().count()).isEqualTo(2);
        assertThat(euros.last24h().volume()).isEqualTo(eur("140.00"));
        assertThat(euros.previous24h().count()).isZero();
        assertThat(euros.gini()).isCloseTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void volume_is_bucketed_by_whole_minutes_with_empty_buckets_filled() {
        long alice = account("alice@example.org");
        deposit(alice, "1.00");
        clock.advance(Duration.ofMinutes(2));
        deposit(alice, "2.00");
        deposit(alice, "3.00");

        List<VolumeBucket> buckets = ledger.analytics().volume(EUR, START, START.plus(Duration.ofMinutes(4)),
                Duration.ofMinutes(1));

        assertThat(buckets).extracting(VolumeBucket::count).containsExactly(1L, 0L, 2L, 0L);
        assertThat(buckets.get(2).volume()).isEqualTo(eur("5.00"));
        assertRefused(() -> ledger.analytics().volume(EUR, START, START.plusSeconds(60), Duration.ofSeconds(30)),
                Refusal.INVALID_ARGUMENT);
    }

    @Test
    void volume_counts_every_entry_of_a_commit_that_moved_money_and_no_hold_or_void() {
        long alice = account("alice@example.org");
        long bob = account("bob@example.org");
        deposit(alice, "10.00");
        Transfer captured = hold(alice, bob, "3.00");
        Transfer voided = hold(alice, bob, "4.00");
        clock.advance(Duration.ofMinutes(1));
        ledger.transfers().transferAll(List.of(TransferCommand.of(alice, bob, eur("1.00"), ""),
                TransferCommand.of(bob, alice, eur("0.25"), ""), TransferCommand.of(alice, bob, eur("0.50"), "")));
        ledger.holds().captureAll(List.of(new Capture(captured.id(), Optional.of(eur("2.00")), Optional.empty(),
                OptionalLong.empty())));
        ledger.holds().voidAll(List.of(new VoidHold(voided.id(), Optional.empty(), OptionalLong.empty())));

        List<VolumeBucket> buckets = ledger.analytics().volume(EUR, START, START.plus(Duration.ofMinutes(2)),
                Duration.ofMinutes(1));

        assertThat(buckets).extracting(VolumeBucket::count).containsExactly(1L, 4L);
        assertThat(buckets).extracting(VolumeBucket::volume).containsExactly(eur("10.00"), eur("3.75"));
    }

    @Test
    void wealth_and_top_accounts_reflect_customer_balances_only() {
        long poor = account("poor@example.org");
        long rich = account("rich@example.org");
        deposit(poor, "1.00");
        deposit(rich, "999.00");

        assertThat(ledger.analytics().topAccounts(EUR, 1)).extracting(Account::id).containsExactly(rich);
        var wealth = ledger.analytics().wealth(EUR);
        assertThat(wealth.accounts()).isEqualTo(2);
        assertThat(wealth.total()).isEqualTo(eur("1000.00"));
        assertThat(wealth.histogram().stream().mapToLong(b -> b.accounts()).sum()).isEqualTo(2);
    }
}
