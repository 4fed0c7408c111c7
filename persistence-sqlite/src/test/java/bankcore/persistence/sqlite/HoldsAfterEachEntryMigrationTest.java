package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerBeforeHoldsAfterEachEntry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A ledger written before V9 gets each entry's holds and limits, exact or honestly unknown. */
class HoldsAfterEachEntryMigrationTest {
    @TempDir
    Path dir;

    @Test
    void an_older_ledger_gets_exact_pending_totals_and_every_limit_the_audit_log_can_tell() throws SQLException {
        Path file = dir.resolve("v7.db");
        String url = "jdbc:sqlite:" + file;
        // V7, the last version of main before V9 (V8 is kept for another branch and adds nothing this needs).
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("7").load().migrate();
        LedgerBeforeHoldsAfterEachEntry older = new LedgerBeforeHoldsAfterEachEntry();
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            for (String insert : older.inserts()) {
                sql.execute(insert);
            }
        }

        try (Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build()) {
            older.assertUpgraded(ledger);
        }
    }
}
