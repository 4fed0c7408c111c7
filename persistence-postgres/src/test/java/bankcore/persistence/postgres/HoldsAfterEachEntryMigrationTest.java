package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerBeforeHoldsAfterEachEntry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A database written before V8 gets each entry's holds and limits, exact or honestly unknown. */
class HoldsAfterEachEntryMigrationTest {

    @Test
    void an_older_ledger_gets_exact_pending_totals_and_every_limit_the_audit_log_can_tell() throws SQLException {
        String url = TestDatabase.freshSchemaUrl();
        // V6, the last version of main before V8 (V7 is kept for another branch and adds nothing this needs).
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/postgresql").target("6").load().migrate();
        LedgerBeforeHoldsAfterEachEntry older = new LedgerBeforeHoldsAfterEachEntry();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            for (String insert : older.inserts()) {
                sql.execute(insert);
            }
        }

        try (Ledger ledger = Ledger.builder(PostgresLedgerStore.open(url, null, null)).build()) {
            older.assertUpgraded(ledger);
        }
    }
}
