package bankcore.benchmarks;

import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.persistence.sqlite.SqliteOptions;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A two-phase payment (a hold, then its full capture: two writes, two journal entries) against a
 * plain transfer (one write), in the same run on the same ledger, by 8 concurrent callers with group
 * commit and {@code synchronous=FULL}. The score is operations per second: one hold and capture, or
 * one transfer. Their ratio is the cost of reserving before moving.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
@Threads(8)
public class HoldCaptureBenchmark {
    private static final int CUSTOMERS = 1_000;
    private static final long MIN_AMOUNT_MINOR = 100;
    private static final long MAX_AMOUNT_MINOR = 1_000;
    private static final Duration HOLD_FOR = Duration.ofHours(1);

    private FundedLedger fixture;

    @Setup(Level.Trial)
    public void openFundedLedger() {
        fixture = FundedLedger.create(CUSTOMERS, SqliteOptions.defaults());
    }

    @TearDown(Level.Trial)
    public void deleteLedger() {
        fixture.close();
    }

    @Benchmark
    public Posted plain_transfer(TransferThroughputBenchmark.Caller caller) {
        return fixture.ledger().transfers().transfer(payment(caller));
    }

    @Benchmark
    public Posted hold_then_capture(TransferThroughputBenchmark.Caller caller) {
        Transfer hold = fixture.ledger().holds().submit(Movement.held(payment(caller), HOLD_FOR)).transfer();
        return fixture.ledger().holds().capture(Capture.all(hold.id()));
    }

    /** The same draw as TransferThroughputBenchmark's callers make, so the two measure the same payments. */
    private TransferCommand payment(TransferThroughputBenchmark.Caller caller) {
        return LedgerSeeding.randomTransfer(caller.random, fixture.accounts(), FundedLedger.EUR, MIN_AMOUNT_MINOR,
                MAX_AMOUNT_MINOR);
    }
}
