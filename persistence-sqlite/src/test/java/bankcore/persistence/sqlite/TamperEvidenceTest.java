package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.InvariantCheck;
import bankcore.core.domain.LedgerReport;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Edits made behind the core's back, with raw SQL, are caught by verify. */
class TamperEvidenceTest {
    private static final Currency EUR = Currencies.of("EUR");

    @TempDir
    Path dir;
    private Path file;
    private Transfer victim;

    @BeforeEach
    void aSmallLedger() {
        file = dir.resolve("tamper.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            long alice = ledger.registration().register(customer("alice")).account().id();
            long bob = ledger.registration().register(customer("bob")).account().id();
            ledger.cash().deposit(CashCommand.of(alice, Money.parse("100", EUR), ""));
            victim = ledger.transfers().transfer(TransferCommand.of(alice, bob, Money.parse("10", EUR), "")).transfer();
            ledger.transfers().transfer(TransferCommand.of(alice, bob, Money.parse("5", EUR), ""));
            assertThat(ledger.verifier().verify().ok()).isTrue();
        }
    }

    @Test
    void the_journal_refuses_updates_and_deletes_through_plain_sql() {
        assertThatThrownBy(() -> sql("UPDATE journal SET amount = 1 WHERE id = '" + victim.id() + "'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("DELETE FROM journal")).hasMessageContaining("append-only");
    }

    @Test
    void changing_one_amount_with_raw_sql_is_reported_by_verify_naming_that_transfer() throws SQLException {
        sql("DROP TRIGGER journal_is_append_only_update");
        sql("UPDATE journal SET amount = 100000 WHERE id = '" + victim.id() + "'");

        LedgerReport report = verify();

        assertThat(report.ok()).isFalse();
        assertThat(check(report, "hash-chain").detail()).contains(victim.id().toString());
        assertThat(check(report, "balances-match-journal").ok()).isFalse();
    }

    @Test
    void a_consistent_edit_of_amount_and_balances_still_breaks_the_hash_chain() throws SQLException {
        sql("DROP TRIGGER journal_is_append_only_update");
        sql("UPDATE journal SET description = 'innocent' WHERE id = '" + victim.id() + "'");

        LedgerReport report = verify();

        assertThat(check(report, "hash-chain").ok()).isFalse();
        assertThat(check(report, "hash-chain").detail()).contains(victim.id().toString());
        assertThat(check(report, "balances-match-journal").ok()).isTrue();
    }

    @Test
    void a_balance_changed_behind_the_cores_back_breaks_sum_to_zero_and_the_journal_match() throws SQLException {
        sql("UPDATE account SET balance = balance + 1 WHERE id = " + victim.creditAccountId());

        LedgerReport report = verify();

        assertThat(check(report, "sum-to-zero").ok()).isFalse();
        assertThat(check(report, "balances-match-journal").detail()).contains("account " + victim.creditAccountId());
        assertThat(check(report, "hash-chain").ok()).isTrue();
    }

    @Test
    void a_deleted_entry_leaves_a_gap_in_the_sequence() throws SQLException {
        sql("DROP TRIGGER journal_is_append_only_delete");
        sql("PRAGMA foreign_keys = OFF; DELETE FROM journal WHERE id = '" + victim.id() + "'");

        LedgerReport report = verify();

        assertThat(check(report, "journal-complete").ok()).isFalse();
        assertThat(check(report, "hash-chain").ok()).isFalse();
    }

    private LedgerReport verify() {
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            return ledger.verifier().verify();
        }
    }

    private void sql(String statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements.split(";")) {
                statement.execute(sql);
            }
        }
    }

    private static InvariantCheck check(LedgerReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static RegisterCustomer.Command customer(String name) {
        return RegisterCustomer.Command.customer(name, name + "@example.org", null, EUR);
    }
}
