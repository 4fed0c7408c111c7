package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.KilledMixedWorkload;
import bankcore.core.contract.MixedWorkload;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/**
 * Concurrent callers mixing holds (some expiring), partial captures, voids, transfers, deposits and
 * withdrawals on accounts with and without credit lines, in a node we SIGKILL: the database has
 * every acknowledged entry once, each hold ended at most once, and every invariant at every entry.
 */
class KilledMixedWorkloadTest {

    @Test
    void a_node_killed_in_the_middle_of_everything_loses_nothing_acknowledged() throws Exception {
        String url = TestDatabase.freshSchemaUrl();
        List<String> args = new ArrayList<>(List.of(url));
        try (Ledger ledger = Ledger.builder(PostgresLedgerStore.open(url, null, null)).build()) {
            MixedWorkload.openAccounts(ledger, 8).forEach(id -> args.add(id.toString()));
        }

        KilledMixedWorkload.Acknowledged acknowledged = KilledMixedWorkload.runAndKill(
                MixedWorkloadNode.class.getName(), args);

        try (Ledger ledger = Ledger.builder(PostgresLedgerStore.open(url, null, null)).build()) {
            KilledMixedWorkload.assertSurvived(ledger, acknowledged);
        }
    }
}
