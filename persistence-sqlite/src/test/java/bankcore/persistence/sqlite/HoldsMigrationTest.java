package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.JournalHash;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A ledger written before two-phase transfers keeps its data, its references and its chain through V4. */
class HoldsMigrationTest {
    private static final Currency EUR = Currencies.of("EUR");

    @TempDir
    Path dir;

    @Test
    void an_older_ledger_is_upgraded_with_its_balances_references_and_hash_chain_intact() throws SQLException {
        Path file = dir.resolve("v3.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("3").load().migrate();
        Instant at = Instant.parse("2026-11-01T10:00:00Z");
        Transfer deposit = new Transfer(UUID.randomUUID(), 1, 2, 1, Money.of(1_000, EUR), "deposit", at, null, -1_000,
                1_000, "");
        String hash = JournalHash.chain(JournalHash.GENESIS, deposit);
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO customer (id, name, email, role, created_at) VALUES (1, 'Ada', 'ada@example.org', "
                    + "'CUSTOMER', 0)");
            sql.execute("INSERT INTO account VALUES (1, 1, 'EUR', 1000, 'ACTIVE', 'CUSTOMER', 0)");
            sql.execute("INSERT INTO account VALUES (2, NULL, 'EUR', -1000, 'ACTIVE', 'SYSTEM', 0)");
            sql.execute("INSERT INTO account VALUES (3, 1, 'EUR', 0, 'ACTIVE', 'CUSTOMER', 0)");
            sql.execute("INSERT INTO journal VALUES (1, '" + deposit.id() + "', 2, 1, 1000, 'EUR', 'deposit', "
                    + Rows.micros(at) + ", NULL, -1000, 1000, '" + hash + "')");
        }

        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            assertThat(ledger.queries().account(1).orElseThrow().balance()).isEqualTo(Money.of(1_000, EUR));
            assertThat(ledger.queries().transfer(deposit.id()).orElseThrow().hash()).isEqualTo(hash);
            ledger.holds().submit(Movement.held(TransferCommand.of(1, 3, Money.of(400, EUR), ""), Duration.ofHours(1)));
            assertThat(ledger.queries().account(1).orElseThrow().available()).isEqualTo(Money.of(600, EUR));
            LedgerInvariants.assertAllHold(ledger);
        }
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement();
             ResultSet violations = sql.executeQuery("PRAGMA foreign_key_check")) {
            assertThat(violations.next()).as("foreign keys still point at the rebuilt account table").isFalse();
        }
    }
}
