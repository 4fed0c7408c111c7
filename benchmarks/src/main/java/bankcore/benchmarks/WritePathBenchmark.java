package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One caller posting 1, 64 or 1,000 transfers per durable commit ({@code synchronous=FULL}), three
 * ways, in the same JMH run so that each has its baselines beside it:
 * <ul>
 *   <li>{@code bankcore}: {@code ledger.transfers().transferEach(...)} of that many commands;</li>
 *   <li>{@code raw-bankcore-schema}: {@link RawJdbcLoop.BankcoreSchema}, the limit of the core's own schema;</li>
 *   <li>{@code raw-minimal-schema}: {@link RawJdbcLoop.MinimalSchema}, the limit of SQLite on this disk.</li>
 * </ul>
 * The same random transfers between 1,000 funded accounts in every case. The score is transfers
 * per second, not commits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
public class WritePathBenchmark {
    private static final int CUSTOMERS = 1_000;
    /** Batches are drawn once and posted in turn; the same batch again is simply more transfers. */
    private static final int PREPARED_BATCHES = 16;

    @Param({"bankcore", "raw-bankcore-schema", "raw-minimal-schema"})
    public String path;

    private FundedFile file;
    private SqliteLedgerStore store;
    private Ledger ledger;
    private RawJdbcLoop raw;
    private final SplittableRandom random = new SplittableRandom(42);
    private final List<List<RawTransfer>> batches = new ArrayList<>();
    private final List<List<TransferCommand>> commands = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void openFundedLedger() throws SQLException {
        file = FundedFile.create(CUSTOMERS);
        switch (path) {
            case "bankcore" -> {
                store = SqliteLedgerStore.open(file.file(), SqliteOptions.defaults());
                ledger = Ledger.builder(store).build();
            }
            case "raw-bankcore-schema" -> raw = RawJdbcLoop.BankcoreSchema.open(file.file());
            case "raw-minimal-schema" -> raw = RawJdbcLoop.MinimalSchema.create(file.sibling("minimal.db"),
                    file.accounts());
            default -> throw new IllegalArgumentException("unknown path " + path);
        }
    }

    @TearDown(Level.Trial)
    public void deleteLedger() throws SQLException {
        if (ledger != null) {
            ledger.close();
            store.close();
        }
        if (raw != null) {
            raw.close();
        }
        file.close();
    }

    @Benchmark
    @OperationsPerInvocation(1)
    public int per_commit_0001() throws SQLException {
        return post(1);
    }

    @Benchmark
    @OperationsPerInvocation(64)
    public int per_commit_0064() throws SQLException {
        return post(64);
    }

    @Benchmark
    @OperationsPerInvocation(1_000)
    public int per_commit_1000() throws SQLException {
        return post(1_000);
    }

    private int post(int size) throws SQLException {
        if (batches.isEmpty()) {
            for (int i = 0; i < PREPARED_BATCHES; i++) {
                List<RawTransfer> batch = RawTransfer.random(random, file.accounts(), size);
                batches.add(batch);
                commands.add(batch.stream().map(RawTransfer::command).toList());
            }
        }
        int turn = next++ % PREPARED_BATCHES;
        int posted = ledger != null
                ? LedgerSeeding.countDone(ledger.transfers().transferEach(commands.get(turn)))
                : raw.postAndCommit(batches.get(turn));
        if (posted != size) {
            throw new IllegalStateException("only " + posted + " of " + size + " transfers were posted");
        }
        return posted;
    }
}
