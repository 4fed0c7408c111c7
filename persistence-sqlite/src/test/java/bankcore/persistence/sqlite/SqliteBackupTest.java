package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A backup taken while the ledger is written, and a copy opened without changing it. */
class SqliteBackupTest {
    private static final Currency EUR = Currencies.of("EUR");

    @TempDir
    Path dir;
    private Path live;
    private long alice;
    private long bob;

    @BeforeEach
    void aLedger() {
        live = dir.resolve("live.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(live);
             Ledger ledger = Ledger.builder(store).build()) {
            alice = ledger.registration().register(customer("alice")).account().id();
            bob = ledger.registration().register(customer("bob")).account().id();
            ledger.cash().deposit(CashCommand.of(alice, Money.parse("1000000", EUR), ""));
        }
    }

    @Test
    void a_copy_taken_while_transfers_commit_is_one_file_that_verifies_and_holds_a_prefix_of_the_journal()
            throws Exception {
        Path copy = dir.resolve("copy.db");
        try (SqliteLedgerStore liveStore = SqliteLedgerStore.open(live);
             Ledger ledger = Ledger.builder(liveStore).build()) {
            AtomicBoolean stop = new AtomicBoolean();
            Thread payments = new Thread(() -> {
                while (!stop.get()) {
                    ledger.transfers().transfer(TransferCommand.of(alice, bob, Money.parse("0.01", EUR), ""));
                }
            });
            payments.start();
            while (ledger.queries().account(bob).orElseThrow().balanceMinor() < 50) {
                Thread.onSpinWait();
            }
            SqliteBackup.copy(live, copy);
            long atEnd = ledger.analytics().summary().transfers();
            while (ledger.analytics().summary().transfers() < atEnd + 20) {
                Thread.onSpinWait();
            }
            stop.set(true);
            payments.join();

            assertThat(Path.of(copy + "-wal")).doesNotExist();
            List<Transfer> copied;
            try (SqliteLedgerStore store = SqliteLedgerStore.openReadOnly(copy)) {
                assertThat(Ledger.builder(store).build().verifier().verify().ok()).isTrue();
                copied = store.journal(0, Integer.MAX_VALUE);
            }
            List<Transfer> written = journalOf(live);
            assertThat(copied.size()).isGreaterThan(50).isLessThan(written.size());
            assertThat(copied).isEqualTo(written.subList(0, copied.size()));
        }
    }

    @Test
    void opening_read_only_changes_no_byte_of_the_file_and_refuses_writes() throws IOException {
        Path copy = dir.resolve("copy.db");
        SqliteBackup.copy(live, copy);
        byte[] before = Files.readAllBytes(copy);

        try (SqliteLedgerStore store = SqliteLedgerStore.openReadOnly(copy);
             Ledger ledger = Ledger.builder(store).build()) {
            assertThat(ledger.verifier().verify().ok()).isTrue();
            assertThatThrownBy(() -> ledger.transfers().transfer(
                    TransferCommand.of(alice, bob, Money.parse("1", EUR), "")))
                    .isInstanceOf(StoreFailureException.class).hasMessageContaining("read-only");
        }

        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
    }

    @Test
    void an_existing_target_is_not_overwritten() throws IOException {
        Path taken = Files.writeString(dir.resolve("taken.db"), "precious");

        assertThatThrownBy(() -> SqliteBackup.copy(live, taken)).hasMessageContaining("already exists");

        assertThat(Files.readString(taken)).isEqualTo("precious");
    }

    private static List<Transfer> journalOf(Path file) {
        try (SqliteLedgerStore store = SqliteLedgerStore.openReadOnly(file)) {
            return store.journal(0, Integer.MAX_VALUE);
        }
    }

    private static RegisterCustomer.Command customer(String name) {
        return RegisterCustomer.Command.customer(name, name + "@example.org", null, EUR);
    }
}
