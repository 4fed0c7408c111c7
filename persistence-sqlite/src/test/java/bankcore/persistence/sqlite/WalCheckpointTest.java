package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Properties;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who copies the WAL into the database file (decision 0022): the checkpointer's thread, while the
 * store is open, long before the log holds SQLite's default 1,000 pages; the writer's own automatic
 * checkpoint only at {@link SqliteOptions#WAL_CHECKPOINT_PAGES}; the writer's close, for the rest.
 */
class WalCheckpointTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int PAGE_BYTES = 4_096;

    @TempDir
    Path dir;

    @Test
    void committed_pages_reach_the_file_while_the_store_is_open_and_the_rest_on_close()
            throws IOException, InterruptedException {
        Path file = dir.resolve("wal.db");
        Path wal = dir.resolve("wal.db-wal");
        long transfers;
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            long fileBefore = Files.size(file);
            List<Long> accounts = FundedAccounts.open(ledger, 20, Money.of(100_000, EUR));
            postRandomTransfers(ledger, accounts, 200);
            assertThat(Files.size(wal)).as("the WAL holds fewer pages than SQLite's default checkpoint")
                    .isLessThan(1_000L * PAGE_BYTES);

            long deadline = System.nanoTime() + 50 * WalCheckpointer.INTERVAL.toNanos();
            while (Files.size(file) == fileBefore && System.nanoTime() < deadline) {
                Thread.sleep(WalCheckpointer.INTERVAL.toMillis());
            }
            assertThat(Files.size(file)).as("the database file, checkpointed into without a commit or a close")
                    .isGreaterThan(fileBefore);
            transfers = ledger.analytics().summary().transfers();
        }

        assertThat(wal).doesNotExist();
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            assertThat(ledger.analytics().summary().transfers()).isEqualTo(transfers);
            LedgerInvariants.assertAllHold(ledger);
        }
    }

    @Test
    void the_writer_checkpoints_by_itself_only_at_64_mib_and_cuts_the_log_back_to_that() {
        Properties writer = SqliteLedgerStore.config(SqliteOptions.defaults(), false).toProperties();

        assertThat(writer).containsEntry("wal_autocheckpoint", String.valueOf(SqliteOptions.WAL_CHECKPOINT_PAGES))
                .containsEntry("journal_size_limit", String.valueOf(64 * 1024 * 1024));
    }

    private static void postRandomTransfers(Ledger ledger, List<Long> accounts, int count) {
        Random random = new Random(7);
        List<TransferCommand> commands = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = random.nextInt(accounts.size());
            int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
            commands.add(TransferCommand.of(accounts.get(from), accounts.get(to), Money.of(1, EUR), "wal"));
        }
        assertThat(ledger.transfers().transferEach(commands)).allMatch(Outcome::isDone);
    }
}
