package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema's own defences, tried with raw SQL past the core, and a reopened database keeps its ledger. */
class PostgresSchemaTest {

    @Test
    void the_journal_is_append_only_and_a_customer_balance_cannot_go_negative() throws SQLException {
        String url = TestDatabase.freshSchemaUrl();
        long account;
        try (PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
             Ledger ledger = Ledger.builder(store).build()) {
            account = ledger.registration().register(RegisterCustomer.Command.customer("Ada", "ada@example.org", null,
                    Currencies.of("EUR"))).account().id();
            ledger.cash().deposit(CashCommand.of(account, Money.of(100, Currencies.of("EUR")), "opening"));
        }
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE journal SET amount = 1"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM journal")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE journal CASCADE")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE account SET balance = -1 WHERE id = " + account))
                    .hasMessageContaining("check constraint");
        }
    }

    @Test
    void the_audit_log_is_append_only() throws SQLException {
        String url = TestDatabase.freshSchemaUrl();
        try (PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
             Ledger ledger = Ledger.builder(store).build()) {
            long account = ledger.registration().register(RegisterCustomer.Command.customer("Ada", "ada@example.org",
                    null, Currencies.of("EUR"))).account().id();
            ledger.cash().deposit(CashCommand.of(account, Money.of(100, Currencies.of("EUR")), "opening"));
        }
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_log SET request_id = 'forged'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_log")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE audit_log")).hasMessageContaining("append-only");
        }
    }

    @Test
    void a_reopened_database_is_not_migrated_again_and_keeps_its_ledger() {
        String url = TestDatabase.freshSchemaUrl();
        try (PostgresLedgerStore store = PostgresLedgerStore.open(url, null, null);
             Ledger ledger = Ledger.builder(store).build()) {
            long account = ledger.registration().register(RegisterCustomer.Command.customer("Ada", "ada@example.org",
                    null, Currencies.of("EUR"))).account().id();
            ledger.cash().deposit(CashCommand.of(account, Money.of(100, Currencies.of("EUR")), "opening"));
        }
        try (PostgresLedgerStore reopenedStore = PostgresLedgerStore.open(url, null, null);
             Ledger reopened = Ledger.builder(reopenedStore).build()) {
            assertThat(reopened.analytics().summary().transfers()).isEqualTo(1);
            LedgerInvariants.assertAllHold(reopened);
        }
    }
}
