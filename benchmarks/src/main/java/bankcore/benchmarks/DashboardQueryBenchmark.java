package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.domain.Account;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.domain.analytics.LedgerSummary;
import bankcore.core.domain.analytics.VolumeBucket;
import bankcore.core.domain.analytics.WealthDistribution;
import bankcore.core.port.in.LedgerQueries.StatementRange;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * The dashboard's reads on 1,000,000 transfers and 10,000 customers (see {@link ReadLedgerFile}),
 * one caller. Sampled, so the report has the median the dashboard issue asks for (under 100 ms each).
 * The ledger's clock stands still at the newest transfer, so "the last hour" is full of transfers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class DashboardQueryBenchmark {
    private static final int PAGE = 50;

    private SqliteLedgerStore store;
    private Ledger ledger;
    private Instant now;
    private long[] customerAccounts;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void openPreparedLedger() {
        SteppingClock clock = new SteppingClock(Instant.EPOCH);
        store = SqliteLedgerStore.open(ReadLedgerFile.prepared());
        ledger = Ledger.builder(store).clock(clock).build();
        now = ReadLedgerFile.newestTransferTime(ledger);
        clock.set(now);
        // Customers register before the cash account opens, so their accounts hold the first ids.
        customerAccounts = LongStream.rangeClosed(1, ReadLedgerFile.CUSTOMERS)
                .filter(id -> ledger.queries().account(id).map(a -> !a.isSystem()).orElse(false)).toArray();
        random = new SplittableRandom(7);
    }

    @TearDown(Level.Trial)
    public void close() {
        ledger.close();
        store.close();
    }

    @Benchmark
    public LedgerSummary summary() {
        return ledger.analytics().summary();
    }

    @Benchmark
    public List<VolumeBucket> volume_30_days_by_day() {
        return ledger.analytics().volume(FundedLedger.EUR, now.minus(Duration.ofDays(30)), now, Duration.ofDays(1));
    }

    @Benchmark
    public List<VolumeBucket> volume_24_hours_by_hour() {
        return ledger.analytics().volume(FundedLedger.EUR, now.minus(Duration.ofHours(24)), now, Duration.ofHours(1));
    }

    @Benchmark
    public List<VolumeBucket> volume_last_hour_by_minute() {
        return ledger.analytics().volume(FundedLedger.EUR, now.minus(Duration.ofHours(1)), now, Duration.ofMinutes(1));
    }

    @Benchmark
    public WealthDistribution wealth() {
        return ledger.analytics().wealth(FundedLedger.EUR);
    }

    @Benchmark
    public List<Account> top_20_accounts() {
        return ledger.analytics().topAccounts(FundedLedger.EUR, 20);
    }

    @Benchmark
    public Page<Transfer> transfers_first_page() {
        return ledger.queries().transfers(TransferFilter.all(), Optional.empty(), PAGE);
    }

    /** A different customer's statement each call, so no one account's pages stay hot in the cache. */
    @Benchmark
    public Page<StatementEntry> statement_first_page() {
        long account = customerAccounts[random.nextInt(customerAccounts.length)];
        return ledger.queries().statement(account, StatementRange.all(), Optional.empty(), PAGE);
    }

    // Beyond the dashboard issue's list: the other time-bounded look-ups the API and the grid's filters make.

    /** A statement bounded in time, as the API's {@code from}/{@code to} and its CSV export ask. */
    @Benchmark
    public Page<StatementEntry> statement_last_7_days_first_page() {
        long account = customerAccounts[random.nextInt(customerAccounts.length)];
        StatementRange lastWeek = new StatementRange(Optional.of(now.minus(Duration.ofDays(7))), Optional.of(now));
        return ledger.queries().statement(account, lastWeek, Optional.empty(), PAGE);
    }

    @Benchmark
    public Money balance_as_of_15_days_ago() {
        long account = customerAccounts[random.nextInt(customerAccounts.length)];
        return ledger.queries().balanceAsOf(account, now.minus(Duration.ofDays(15)));
    }

    /** The recent-transfers grid filtered by one account. */
    @Benchmark
    public Page<Transfer> transfers_of_one_account_first_page() {
        long account = customerAccounts[random.nextInt(customerAccounts.length)];
        TransferFilter ofAccount = new TransferFilter(Optional.of(account), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return ledger.queries().transfers(ofAccount, Optional.empty(), PAGE);
    }
}
