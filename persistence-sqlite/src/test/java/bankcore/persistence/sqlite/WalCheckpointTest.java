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
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer checkpoints when its WAL holds {@link SqliteOptions#WAL_CHECKPOINT_PAGES} pages, not at
 * SQLite's default of 1,000: durable groups that together fill several times that many stay in the
 * WAL and the database file does not grow under them; closing the store moves all of it into the file.
 */
class WalCheckpointTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final int SQLITE_DEFAULT_CHECKPOINT_PAGES = 1_000;
    private static final int PAGE_BYTES = 4_096;
    private static final int GROUPS = 6;
    private static final int TRANSFERS_PER_GROUP = 1_000;

    @TempDir
    Path dir;

    @Test
    void commits_stay_in_the_wal_past_sqlites_default_checkpoint_and_reach_the_file_on_close() throws IOException {
        Path file = dir.resolve("wal.db");
        Path wal = dir.resolve("wal.db-wal");
        long transfersBefore;
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            long fileBefore = Files.size(file);
            List<Long> accounts = FundedAccounts.open(ledger, 20, Money.of(100_000, EUR));
            Random random = new Random(7);
            for (int group = 0; group < GROUPS; group++) {
                List<TransferCommand> commands = new ArrayList<>();
                for (int i = 0; i < TRANSFERS_PER_GROUP; i++) {
                    int from = random.nextInt(accounts.size());
                    int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
                    commands.add(TransferCommand.of(accounts.get(from), accounts.get(to), Money.of(1, EUR), "wal"));
                }
                assertThat(ledger.transfers().transferEach(commands)).allMatch(Outcome::isDone);
            }

            assertThat(Files.size(wal)).as("the WAL, in bytes").isGreaterThan(2L * SQLITE_DEFAULT_CHECKPOINT_PAGES * PAGE_BYTES);
            assertThat(Files.size(file)).as("the database file, not checkpointed into").isEqualTo(fileBefore);
            transfersBefore = ledger.analytics().summary().transfers();
        }

        assertThat(wal).doesNotExist();
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            assertThat(ledger.analytics().summary().transfers()).isEqualTo(transfersBefore);
            LedgerInvariants.assertAllHold(ledger);
        }
    }
}
