package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.domain.TransferFilter;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The ledger the dashboard queries are measured on: 10,000 customers and 1,000,000 transfers spread
 * evenly over 30 days. Building it takes minutes, so the file is kept and reused by later runs; a
 * marker file written after a complete build tells a finished file from one a killed run left behind.
 * It lives in {@link BenchFiles#directory()}.
 */
final class ReadLedgerFile {
    static final int CUSTOMERS = 10_000;
    static final int TRANSFERS = 1_000_000;
    static final Duration SPAN = Duration.ofDays(30);
    private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
    private static final String NAME = "read-ledger-" + CUSTOMERS + "-customers-" + TRANSFERS + "-transfers-v1.db";

    private ReadLedgerFile() {
    }

    /** The prepared file, built first when no complete one exists. */
    static Path prepared() {
        Path file = BenchFiles.directory().resolve(NAME);
        Path complete = BenchFiles.directory().resolve(NAME + ".complete");
        if (Files.exists(complete)) {
            return file;
        }
        try {
            deleteWithSidecars(file);
            Files.createDirectories(file.toAbsolutePath().getParent());
            build(file);
            Files.writeString(complete, "built " + Instant.now() + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The time of the newest transfer: "now" for the dashboard, so "last hour" holds the last hour's transfers. */
    static Instant newestTransferTime(Ledger ledger) {
        return ledger.queries().transfers(TransferFilter.all(), Optional.empty(), 1).items().get(0).createdAt();
    }

    private static void build(Path file) {
        long started = System.nanoTime();
        SteppingClock clock = new SteppingClock(START);
        SqliteOptions fastFill = new SqliteOptions(false, SqliteOptions.DEFAULT_MAX_REQUESTS_PER_COMMIT, 4);
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file, fastFill);
             Ledger ledger = Ledger.builder(store).clock(clock).build()) {
            long[] accounts = LedgerSeeding.registerCustomers(ledger, CUSTOMERS, FundedLedger.EUR);
            SplittableRandom random = new SplittableRandom(42);
            // Opening balances log-uniform between 1,000.00 and 1,000,000.00, so wealth is unequal.
            LedgerSeeding.fund(ledger, accounts, FundedLedger.EUR,
                    () -> Math.round(Math.pow(10, 5 + 3 * random.nextDouble())));
            clock.stepEachRead(SPAN.dividedBy(TRANSFERS));
            int posted = 0;
            int refused = 0;
            while (posted < TRANSFERS) {
                int size = Math.min(LedgerSeeding.BATCH, TRANSFERS - posted);
                int done = LedgerSeeding.countDone(ledger.transfers().transferEach(
                        LedgerSeeding.randomTransfers(random, accounts, size, FundedLedger.EUR, 100, 50_000)));
                posted += done;
                refused += size - done;
                if (posted % 100_000 < done) {
                    System.out.printf("read ledger: %,d transfers posted (%,d refused) after %d s%n", posted, refused,
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
            }
        }
        System.out.printf("read ledger built in %d s: %s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                file);
    }

    private static void deleteWithSidecars(Path file) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }
}
