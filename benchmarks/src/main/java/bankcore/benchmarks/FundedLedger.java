package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Currency;
import java.util.stream.Stream;

/**
 * A fresh ledger file of customers with large opening balances, in a directory of its own under
 * {@link BenchFiles#directory()} (on disk, so that an fsync costs what it costs). It is filled with
 * {@code synchronous=NORMAL}, since set-up is not what is measured, then reopened with the options
 * under test.
 */
final class FundedLedger implements AutoCloseable {
    static final Currency EUR = Currencies.of("EUR");
    /** 1,000,000.00 EUR each: random transfers of at most 10.00 never run an account dry. */
    private static final long OPENING_MINOR = 100_000_000L;

    private final Path directory;
    private final long[] accounts;
    private final Ledger ledger;

    private FundedLedger(Path directory, long[] accounts, Ledger ledger) {
        this.directory = directory;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    static FundedLedger create(int customers, SqliteOptions measured) {
        try {
            Files.createDirectories(BenchFiles.directory());
            Path directory = Files.createTempDirectory(BenchFiles.directory(), "write-trial-");
            Path file = directory.resolve("ledger.db");
            long[] accounts;
            SqliteOptions fastFill = new SqliteOptions(false, SqliteOptions.DEFAULT_MAX_REQUESTS_PER_COMMIT,
                    measured.readConnections());
            try (Ledger filling = Ledger.builder(SqliteLedgerStore.open(file, fastFill)).build()) {
                accounts = LedgerSeeding.registerCustomers(filling, customers, EUR);
                LedgerSeeding.fund(filling, accounts, EUR, () -> OPENING_MINOR);
            }
            return new FundedLedger(directory, accounts, Ledger.builder(SqliteLedgerStore.open(file, measured)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Ledger ledger() {
        return ledger;
    }

    long[] accounts() {
        return accounts;
    }

    /** Closes the ledger and deletes its directory. */
    @Override
    public void close() {
        ledger.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
