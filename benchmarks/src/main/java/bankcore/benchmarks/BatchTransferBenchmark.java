package bankcore.benchmarks;

import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.persistence.sqlite.SqliteOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The bulk path: {@code transferEach} of 1,000 commands, one caller, default options
 * ({@code synchronous=FULL}). The score is transfers per second, not batches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 3)
public class BatchTransferBenchmark {
    private static final int CUSTOMERS = 1_000;
    private static final int BATCH = 1_000;
    /** Batches are drawn once and posted in turn; the same batch again is simply more transfers. */
    private static final int PREPARED_BATCHES = 16;

    private FundedLedger fixture;
    private final List<List<TransferCommand>> batches = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void openFundedLedger() {
        fixture = FundedLedger.create(CUSTOMERS, SqliteOptions.defaults());
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < PREPARED_BATCHES; i++) {
            batches.add(LedgerSeeding.randomTransfers(random, fixture.accounts(), BATCH, FundedLedger.EUR, 100, 1_000));
        }
    }

    @TearDown(Level.Trial)
    public void deleteLedger() {
        fixture.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int transfer_each_of_1000() {
        List<TransferCommand> batch = batches.get(next++ % PREPARED_BATCHES);
        int done = LedgerSeeding.countDone(fixture.ledger().transfers().transferEach(batch));
        if (done != BATCH) {
            throw new IllegalStateException("only " + done + " of " + BATCH + " transfers were posted");
        }
        return done;
    }
}
