package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh ledger file of customers with large opening balances, in a directory of its own under
 * {@link BenchFiles#directory()} (on disk, so that an fsync costs what it costs), made through the
 * core and closed again. It is filled with {@code synchronous=NORMAL}, since set-up is not what is
 * measured; whoever measures opens it with the options under test.
 */
final class FundedFile implements AutoCloseable {
    /** 1,000,000.00 EUR each: random transfers of at most 10.00 never run an account dry. */
    static final long OPENING_MINOR = 100_000_000L;

    private final Path directory;
    private final long[] accounts;

    private FundedFile(Path directory, long[] accounts) {
        this.directory = directory;
        this.accounts = accounts;
    }

    static FundedFile create(int customers) {
        try {
            Files.createDirectories(BenchFiles.directory());
            Path directory = Files.createTempDirectory(BenchFiles.directory(), "write-trial-");
            SqliteOptions fastFill = new SqliteOptions(false, SqliteOptions.DEFAULT_MAX_REQUESTS_PER_COMMIT, 1);
            long[] accounts;
            try (SqliteLedgerStore fillingStore = SqliteLedgerStore.open(directory.resolve("ledger.db"), fastFill);
                 Ledger filling = Ledger.builder(fillingStore)
                    .build()) {
                accounts = LedgerSeeding.registerCustomers(filling, customers, FundedLedger.EUR);
                LedgerSeeding.fund(filling, accounts, FundedLedger.EUR, () -> OPENING_MINOR);
            }
            return new FundedFile(directory, accounts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file() {
        return directory.resolve("ledger.db");
    }

    /** A file name beside the ledger, for a baseline that needs a database of its own. */
    Path sibling(String name) {
        return directory.resolve(name);
    }

    long[] accounts() {
        return accounts;
    }

    /** Deletes the directory and everything in it. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
