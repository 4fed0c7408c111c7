package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A store opened for a bulk load defers the journal's non-unique indexes and ends as a normal file. */
class BulkLoadTest {
    private static final Currency EUR = Currencies.of("EUR");

    @TempDir
    Path dir;

    @Test
    void a_bulk_load_builds_the_deferred_indexes_at_the_end_and_leaves_the_schema_of_a_normal_file()
            throws SQLException, IOException {
        Path normal = dir.resolve("normal.db");
        SqliteLedgerStore.open(normal).close();
        Path loaded = dir.resolve("loaded.db");
        SqliteLedgerStore store = SqliteLedgerStore.open(loaded, SqliteOptions.defaults().forBulkLoad());
        try (Ledger ledger = Ledger.builder(store).build()) {
            assertThat(journalIndexes(loaded)).doesNotContain("journal_by_time", "journal_expiries");
            long alice = ledger.registration().register(
                    RegisterCustomer.Command.customer("Alice", "alice@example.org", null, EUR)).account().id();
            long bob = ledger.registration().register(
                    RegisterCustomer.Command.customer("Bob", "bob@example.org", null, EUR)).account().id();
            ledger.cash().deposit(CashCommand.of(alice, Money.parse("100.00", EUR), "opening deposit"));
            List<TransferCommand> payments = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                payments.add(TransferCommand.of(alice, bob, Money.parse("1.00", EUR), "payment " + i));
            }
            ledger.transfers().transferEach(payments);

            store.finishBulkLoad();
            store.finishBulkLoad();

            assertThat(schema(loaded)).isEqualTo(schema(normal));
            assertThat(Files.size(Path.of(loaded + "-wal"))).as("the checkpoint took in the whole load").isZero();
            TransferFilter toBob = new TransferFilter(Optional.of(bob), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
            assertThat(ledger.queries().transfers(toBob, Optional.empty(), 100).items()).hasSize(50);
            assertThat(ledger.verifier().verify().ok()).isTrue();
        }
        try (Ledger reopened = Ledger.builder(SqliteLedgerStore.open(loaded)).build()) {
            assertThat(reopened.verifier().verify().ok()).isTrue();
            assertThat(reopened.analytics().summary().transfers()).isEqualTo(51);
        }
    }

    @Test
    void a_store_opened_as_usual_keeps_every_index_and_has_nothing_to_finish() throws SQLException {
        Path file = dir.resolve("usual.db");
        Path reference = dir.resolve("reference.db");
        SqliteLedgerStore.open(reference).close();
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
            assertThat(schema(file)).isEqualTo(schema(reference));
            store.finishBulkLoad();
            assertThat(schema(file)).isEqualTo(schema(reference));
        }
    }

    private static List<String> journalIndexes(Path file) throws SQLException {
        return rows(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'journal'");
    }

    /** Every table, index and trigger with its definition, in name order (a rebuilt index moves in sqlite_master). */
    private static List<String> schema(Path file) throws SQLException {
        return rows(file, "SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') FROM sqlite_master"
                + " ORDER BY type, name");
    }

    private static List<String> rows(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
