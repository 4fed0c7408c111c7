package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.KilledMixedWorkload;
import bankcore.core.contract.MixedWorkload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Concurrent callers mixing holds (some expiring), partial captures, voids, transfers, deposits and
 * withdrawals on accounts with and without credit lines, in a JVM we SIGKILL: the reopened file has
 * every acknowledged entry once, each hold ended at most once, and every invariant at every entry.
 */
class KilledMixedWorkloadTest {
    @TempDir
    Path dir;

    @Test
    void a_sigkill_in_the_middle_of_everything_loses_nothing_acknowledged() throws Exception {
        Path file = dir.resolve("mixed-crash.db");
        List<String> args = new ArrayList<>(List.of(file.toString()));
        try (Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build()) {
            MixedWorkload.openAccounts(ledger, 8).forEach(id -> args.add(id.toString()));
        }

        KilledMixedWorkload.Acknowledged acknowledged = KilledMixedWorkload.runAndKill(
                MixedWorkloadNode.class.getName(), args);

        try (Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build()) {
            KilledMixedWorkload.assertSurvived(ledger, acknowledged);
        }
        JournalLinks.assertMatchTheJournal(file);
    }
}
