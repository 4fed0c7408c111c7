package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteSchemaTest {
    @TempDir
    Path dir;

    @Test
    void opening_a_missing_file_creates_it_in_wal_mode_with_the_schema() throws SQLException {
        Path file = dir.resolve("nested/dirs/new.db");

        SqliteLedgerStore.open(file).close();

        assertThat(Files.exists(file)).isTrue();
        assertThat(query(file, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(query(file, "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history")).isEqualTo("13");
        assertThat(query(file, "SELECT count(*) FROM sqlite_master WHERE name IN ('journal', 'event')")).isEqualTo("2");
    }

    @Test
    void reopening_keeps_the_data_and_migrates_nothing_twice() throws SQLException {
        Path file = dir.resolve("again.db");
        SqliteLedgerStore.open(file).close();
        SqliteLedgerStore.open(file).close();

        assertThat(query(file, "SELECT count(*) FROM flyway_schema_history WHERE success = 1")).isEqualTo("11");
    }

    @Test
    void refuses_a_file_written_by_a_newer_bankcore() throws SQLException {
        Path file = dir.resolve("future.db");
        SqliteLedgerStore.open(file).close();
        execute(file, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, installed_on, execution_time, success) "
                + "SELECT 99, '99', 'from the future', type, 'V99__future.sql', 0, installed_by, installed_on, 1, 1 "
                + "FROM flyway_schema_history WHERE version = '1'");

        assertThatThrownBy(() -> SqliteLedgerStore.open(file)).isInstanceOf(IncompatibleSchemaException.class)
                .hasMessageContaining("99").hasMessageContaining("newer");
    }

    @Test
    void the_audit_log_refuses_updates_and_deletes() throws SQLException {
        Path file = dir.resolve("audited.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            long account = ledger.registration().register(bankcore.core.port.in.RegisterCustomer.Command.customer(
                    "Ada", "ada@example.org", null, bankcore.core.domain.Currencies.of("EUR"))).account().id();
            ledger.accountControls().freeze(account);
        }
        assertThat(query(file, "SELECT count(*) FROM audit_log")).isEqualTo("1");
        assertThatThrownBy(() -> execute(file, "UPDATE audit_log SET request_id = 'forged'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(file, "DELETE FROM audit_log")).hasMessageContaining("append-only");
    }

    @Test
    void refuses_a_url_that_is_not_sqlite() {
        assertThatThrownBy(() -> SqliteLedgerStore.open("jdbc:postgresql://localhost/x", SqliteOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_store_is_unusable_after_close() {
        SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("closed.db"));
        Ledger ledger = Ledger.builder(store).build();
        store.close();

        assertThatThrownBy(() -> ledger.accounts().open(1, bankcore.core.domain.Currencies.of("EUR")))
                .isInstanceOf(bankcore.core.domain.StoreFailureException.class);
    }

    /** The store belongs to whoever opened it: a wiring closes its ledger first, then the store, once. */
    @Test
    void closing_the_ledger_stops_its_sweep_and_leaves_the_store_open() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("handed.db"))) {
            Ledger.builder(store).expireHoldsEvery(java.time.Duration.ofMillis(10)).build().close();

            Ledger next = Ledger.builder(store).build();
            long id = next.registration().register(bankcore.core.port.in.RegisterCustomer.Command.customer("Ada",
                    "ada@example.org", null, bankcore.core.domain.Currencies.of("EUR"))).account().id();
            assertThat(next.queries().account(id)).isPresent();
            assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName()
                    .equals("bankcore-hold-expiry") && thread.isAlive());
        }
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
