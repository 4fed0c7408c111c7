package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.FeedMatchesJournal;
import bankcore.core.contract.InMemoryLedgerStore;
import bankcore.core.contract.SettableClock;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Event;
import bankcore.core.domain.EventType;
import bankcore.core.domain.Money;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.core.port.out.CustomerStore;
import bankcore.core.port.out.IdSource;
import bankcore.core.port.out.LedgerStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An entry's event is stored as a reference to the entry (V13, decision 0025): the feed must read back
 * exactly what the core recorded, the same as a store that keeps the text, and a ledger written before
 * V13 keeps its text events and reads them unchanged.
 */
class EventsByReferenceTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void the_feed_reads_back_exactly_what_a_store_that_keeps_the_text_reads_back() {
        List<Event> kept = feedAfterTheWorkload(new InMemoryLedgerStore());
        List<Event> referenced;
        try (SqliteLedgerStore store = SqliteLedgerStore.open(dir.resolve("referenced.db"))) {
            referenced = feedAfterTheWorkload(store);
        }

        assertThat(kept).extracting(Event::type).contains(EventType.TRANSFER_POSTED, EventType.TRANSFER_REVERSED,
                EventType.ACCOUNT_FROZEN, EventType.CUSTOMER_REGISTERED);
        assertThat(referenced).containsExactlyElementsOf(kept);
    }

    @Test
    void an_entrys_event_names_the_entry_and_every_other_event_keeps_its_text() throws SQLException {
        Path file = dir.resolve("rows.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
            feedAfterTheWorkload(store);
        }

        assertThat(JournalLinks.count(file, "SELECT count(*) FROM event e JOIN journal j ON j.seq = e.entry_seq "
                + "WHERE e.data = '' AND e.type LIKE 'transfer.%'"))
                .isEqualTo(JournalLinks.count(file, "SELECT count(*) FROM journal"))
                .isEqualTo(JournalLinks.count(file, "SELECT count(*) FROM event WHERE type LIKE 'transfer.%'"));
        assertThat(JournalLinks.count(file, "SELECT count(*) FROM event WHERE type NOT LIKE 'transfer.%' "
                + "AND entry_seq IS NULL AND data <> ''"))
                .isEqualTo(JournalLinks.count(file, "SELECT count(*) FROM event WHERE type NOT LIKE 'transfer.%'"))
                .isPositive();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.execute("INSERT INTO event (position, id, type, occurred_at, data, entry_seq) "
                    + "SELECT 1000, id, type, occurred_at, 'a copy', entry_seq FROM event WHERE entry_seq = 1"))
                    .hasMessageContaining("CHECK constraint failed");
            assertThatThrownBy(() -> sql.execute("INSERT INTO event (position, id, type, occurred_at, data) "
                    + "SELECT 1000, id, type, occurred_at, '' FROM event WHERE entry_seq = 1"))
                    .hasMessageContaining("CHECK constraint failed");
        }
    }

    @Test
    void a_ledger_written_before_v13_keeps_its_text_events_and_goes_on_by_reference() throws SQLException {
        Path file = dir.resolve("v12.db");
        List<Event> before;
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
            before = feedAfterTheWorkload(store);
        }
        asWrittenByV12(file, before);

        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).clock(new SettableClock(START.plus(Duration.ofDays(1)))).build()) {
            assertThat(FeedMatchesJournal.readAll(ledger.events())).containsExactlyElementsOf(before);
            long payer = before.stream().filter(e -> e.type() == EventType.TRANSFER_POSTED).findFirst().orElseThrow()
                    .transfer().creditAccountId();
            long payee = before.get(before.size() - 1).account().id();
            ledger.transfers().transfer(TransferCommand.of(payer, payee, Money.parse("0.01", EUR), "after V13"));

            List<Event> after = FeedMatchesJournal.assertHolds(ledger);
            assertThat(after).startsWith(before.toArray(Event[]::new)).hasSize(before.size() + 1);
        }
        assertThat(JournalLinks.count(file, "SELECT count(*) FROM event WHERE entry_seq IS NOT NULL")).isEqualTo(1);
    }

    /** Registrations, deposits, payments with a refusal among them, holds captured and voided, a reversal, controls. */
    private static <S extends LedgerStore & CustomerStore> List<Event> feedAfterTheWorkload(S store) {
        SettableClock clock = new SettableClock(START);
        Random seeded = new Random(25);
        IdSource ids = () -> new UUID(seeded.nextLong(), seeded.nextLong());
        try (Ledger ledger = Ledger.builder(store).clock(clock).ids(ids).build()) {
            List<Long> accounts = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                accounts.add(ledger.registration().register(RegisterCustomer.Command.customer("Customer \"" + i + "\"",
                        "c" + i + "@example.org", null, EUR)).account().id());
                ledger.cash().deposit(CashCommand.of(accounts.get(i), Money.parse("100.00", EUR), "opening\nline"));
            }
            for (int round = 0; round < 4; round++) {
                clock.advance(Duration.ofSeconds(1));
                ledger.transfers().transferEach(List.of(
                        TransferCommand.of(accounts.get(0), accounts.get(1), Money.parse("1.25", EUR), "rent, may"),
                        TransferCommand.of(accounts.get(1), accounts.get(2), Money.parse("9999.00", EUR), "refused"),
                        TransferCommand.of(accounts.get(2), accounts.get(0), Money.parse("0.50", EUR), "€ back")));
                UUID held = ledger.holds().submit(Movement.held(TransferCommand.of(accounts.get(round % 3),
                        accounts.get((round + 1) % 3), Money.parse("2.00", EUR), "hold"), Duration.ofHours(1)))
                        .transfer().id();
                if (round % 2 == 0) {
                    ledger.holds().capture(Capture.all(held));
                } else {
                    ledger.holds().voidHold(VoidHold.of(held));
                }
            }
            UUID first = FeedMatchesJournal.readAll(ledger.events()).stream()
                    .filter(e -> e.type() == EventType.TRANSFER_POSTED).skip(3).findFirst().orElseThrow().transfer().id();
            ledger.transfers().reverse(first, "refund", Optional.empty());
            ledger.accountControls().setCreditLimit(accounts.get(2), Money.parse("50.00", EUR));
            ledger.accountControls().freeze(accounts.get(1));
            ledger.accountControls().unfreeze(accounts.get(1));
            return FeedMatchesJournal.assertHolds(ledger);
        }
    }

    /**
     * Turns a V13 file into what V12 wrote: every event with its text, no entry_seq column, V13 not applied
     * (V13 only adds that column).
     */
    private static void asWrittenByV12(Path file, List<Event> feed) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE event");
            sql.execute("CREATE TABLE event (position INTEGER PRIMARY KEY CHECK (position > 0), id TEXT NOT NULL, "
                    + "type TEXT NOT NULL, occurred_at INTEGER NOT NULL, data TEXT NOT NULL)");
            sql.execute("CREATE TRIGGER event_is_append_only_update BEFORE UPDATE ON event "
                    + "BEGIN SELECT RAISE(ABORT, 'the change feed is append-only'); END");
            sql.execute("CREATE TRIGGER event_is_append_only_delete BEFORE DELETE ON event "
                    + "BEGIN SELECT RAISE(ABORT, 'the change feed is append-only'); END");
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO event (position, id, type, occurred_at, data) VALUES (?, ?, ?, ?, ?)")) {
                for (Event e : feed) {
                    insert.setLong(1, e.position());
                    insert.setString(2, e.id().toString());
                    insert.setString(3, e.type().wireName());
                    insert.setLong(4, Rows.micros(e.occurredAt()));
                    insert.setString(5, e.data());
                    insert.executeUpdate();
                }
            }
            sql.execute("DELETE FROM flyway_schema_history WHERE version = '13'");
        }
    }
}
