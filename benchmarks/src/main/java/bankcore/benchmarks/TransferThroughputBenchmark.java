package bankcore.benchmarks;

import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.persistence.sqlite.SqliteOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One transfer per call through {@code Ledger.transfers().transfer(...)}, durable when it returns
 * ({@code synchronous=FULL}), by 1, 8, 64 or 256 concurrent callers. JMH's own threads are the callers:
 * each blocks on its transfer as a request thread would, and the score is all callers' transfers
 * per second together. Group commit can only help when callers overlap, which is the point.
 * {@code -p store=postgres -p commit=group-commit} runs the same on PostgreSQL ({@link BenchPostgres}),
 * whose store always group-commits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
public class TransferThroughputBenchmark {
    private static final int CUSTOMERS = 1_000;
    private static final long MIN_AMOUNT_MINOR = 100;
    private static final long MAX_AMOUNT_MINOR = 1_000;

    @Param({"group-commit", "one-per-transaction"})
    public String commit;

    @Param({"sqlite"})
    public String store;

    private FundedLedger fixture;

    @Setup(Level.Trial)
    public void openFundedLedger() {
        if (store.equals("postgres")) {
            if (!commit.equals("group-commit")) {
                throw new IllegalArgumentException("the PostgreSQL store always group-commits: -p commit=group-commit");
            }
            fixture = FundedLedger.onPostgres(CUSTOMERS);
            return;
        }
        if (!store.equals("sqlite")) {
            throw new IllegalArgumentException("unknown store " + store + ": sqlite or postgres");
        }
        SqliteOptions options = switch (commit) {
            case "one-per-transaction" -> SqliteOptions.defaults().withoutGroupCommit();
            case "group-commit" -> SqliteOptions.defaults();
            default -> throw new IllegalArgumentException("unknown commit mode " + commit);
        };
        fixture = FundedLedger.create(CUSTOMERS, options);
    }

    @TearDown(Level.Trial)
    public void deleteLedger() {
        fixture.close();
    }

    /** Each caller draws its own transfers, from a seed of its own so that runs repeat. */
    @State(Scope.Thread)
    public static class Caller {
        private static final AtomicInteger SEEDS = new AtomicInteger();
        SplittableRandom random;

        @Setup(Level.Trial)
        public void seed() {
            random = new SplittableRandom(SEEDS.incrementAndGet());
        }
    }

    @Benchmark
    @Threads(1)
    public Posted callers_001(Caller caller) {
        return transferOnce(caller);
    }

    @Benchmark
    @Threads(8)
    public Posted callers_008(Caller caller) {
        return transferOnce(caller);
    }

    @Benchmark
    @Threads(64)
    public Posted callers_064(Caller caller) {
        return transferOnce(caller);
    }

    @Benchmark
    @Threads(256)
    public Posted callers_256(Caller caller) {
        return transferOnce(caller);
    }

    private Posted transferOnce(Caller caller) {
        return fixture.ledger().transfers().transfer(LedgerSeeding.randomTransfer(caller.random, fixture.accounts(),
                FundedLedger.EUR, MIN_AMOUNT_MINOR, MAX_AMOUNT_MINOR));
    }
}
