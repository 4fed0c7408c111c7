package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.contract.LedgerInvariants;
import bankcore.core.contract.SettableClock;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferFilter;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.HoldFunds.VoidHold;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each journal entry links to the previous entry of both its accounts, and every 64th entry of an
 * account is marked (V12): the links must be exactly what the journal says, and what the readers find
 * by following them must be what a scan of the whole journal finds.
 */
class JournalLinksTest {
    private static final Currency EUR = Currencies.of("EUR");
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void every_entry_links_to_the_previous_entry_of_both_its_accounts_whatever_wrote_it() {
        Path file = dir.resolve("links.db");
        SettableClock clock = new SettableClock(START);
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).clock(clock).build()) {
            List<Long> accounts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long customer = ledger.registration().register(RegisterCustomer.Command.customer("Customer " + i,
                        "c" + i + "@example.org", null, EUR)).customer().id();
                accounts.add(ledger.accounts().open(customer, EUR).id());
                accounts.add(ledger.accounts().open(customer, EUR).id());
            }
            for (long account : accounts) {
                ledger.cash().deposit(CashCommand.of(account, Money.parse("10000.00", EUR), "opening"));
            }
            Random random = new Random(7);
            for (int group = 0; group < 30; group++) {
                clock.advance(Duration.ofSeconds(1));
                List<TransferCommand> payments = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int from = random.nextInt(accounts.size());
                    int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
                    payments.add(TransferCommand.of(accounts.get(from), accounts.get(to),
                            Money.of(1 + random.nextInt(5_000), EUR), "payment"));
                }
                ledger.transfers().transferEach(payments);
                UUID held = ledger.holds().submit(Movement.held(TransferCommand.of(accounts.get(group % 8),
                        accounts.get((group + 3) % 8), Money.parse("2.00", EUR), "hold"), Duration.ofHours(1)))
                        .transfer().id();
                if (group % 2 == 0) {
                    ledger.holds().capture(Capture.all(held));
                } else {
                    ledger.holds().voidHold(VoidHold.of(held));
                }
                ledger.cash().withdraw(CashCommand.of(accounts.get(group % 8), Money.parse("1.00", EUR), "atm"));
            }
            UUID reversed = store.journal(0, 100).get(20).id();
            ledger.transfers().reverse(reversed, "refund", Optional.empty());

            JournalLinks.assertMatchTheJournal(file);
            assertTheWalksFindWhatAScanFinds(store, accounts);
            LedgerInvariants.assertAllHold(ledger);
        }
    }

    @Test
    void an_entry_that_links_to_an_entry_of_another_account_is_refused() throws SQLException {
        Path file = dir.resolve("crossed.db");
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file);
             Ledger ledger = Ledger.builder(store).build()) {
            long alice = ledger.registration().register(
                    RegisterCustomer.Command.customer("Alice", "alice@example.org", null, EUR)).account().id();
            long bob = ledger.registration().register(
                    RegisterCustomer.Command.customer("Bob", "bob@example.org", null, EUR)).account().id();
            ledger.cash().deposit(CashCommand.of(alice, Money.parse("5.00", EUR), "first"));
            ledger.cash().deposit(CashCommand.of(bob, Money.parse("5.00", EUR), "second"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            // A copy of Bob's deposit whose link for Bob names Alice's deposit.
            assertThatThrownBy(() -> sql.execute("INSERT INTO journal (seq, id, debit_account_id, credit_account_id, "
                    + "amount, currency, description, created_at, debit_balance_after, credit_balance_after, hash, "
                    + "debit_prev_seq, credit_prev_seq) SELECT 3, 'crossed', debit_account_id, credit_account_id, 1, "
                    + "currency, 'crossed', created_at, 0, 0, hash, 2, 1 FROM journal WHERE seq = 2"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("an entry must link to an earlier entry of the same account");
        }
    }

    @Test
    void a_ledger_written_before_the_links_gets_them_and_its_marks_when_it_is_opened() throws SQLException {
        Path file = dir.resolve("v11.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("11").load().migrate();
        List<Long> accounts = List.of(2L, 3L, 4L);
        try (Connection connection = DriverManager.getConnection(url); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO customer (id, name, email, role, created_at) VALUES (1, 'Ann', 'ann@example.org', "
                    + "'CUSTOMER', 0)");
            sql.execute("INSERT INTO account (id, owner_id, currency, balance, status, kind, created_at) "
                    + "VALUES (1, NULL, 'EUR', 0, 'ACTIVE', 'SYSTEM', 0)");
            for (long account : accounts) {
                sql.execute("INSERT INTO account (id, owner_id, currency, balance, status, kind, created_at) VALUES ("
                        + account + ", 1, 'EUR', 0, 'ACTIVE', 'CUSTOMER', 0)");
            }
            Random random = new Random(11);
            for (int seq = 1; seq <= 300; seq++) {
                long debit = seq <= 3 ? 1 : accounts.get(random.nextInt(3));
                long credit = seq <= 3 ? accounts.get(seq - 1) : (debit == 4 ? 2 : debit + 1);
                // Only the links are under test: the balances after and the hash are placeholders.
                sql.execute("INSERT INTO journal (seq, id, debit_account_id, credit_account_id, amount, currency, "
                        + "description, created_at, debit_balance_after, credit_balance_after, hash) VALUES (" + seq
                        + ", '" + new UUID(0, seq) + "', " + debit + ", " + credit + ", 1, 'EUR', 'old', "
                        + micros(START.plusSeconds(seq)) + ", 0, 0, 'h')");
            }
        }

        try (SqliteLedgerStore store = SqliteLedgerStore.open(file)) {
            JournalLinks.assertMatchTheJournal(file);
            assertThat(JournalLinks.count(file, "SELECT count(*) FROM journal_mark")).as("every 64th entry of each account")
                    .isEqualTo(JournalLinks.count(file, "SELECT sum(entries / 64) FROM account"));
            assertTheWalksFindWhatAScanFinds(store, List.of(1L, 2L, 3L, 4L));
        }
    }

    /** Statements, balances as of an instant and searches, against a scan of the whole journal. */
    private static void assertTheWalksFindWhatAScanFinds(SqliteLedgerStore store, List<Long> accounts) {
        List<Transfer> journal = store.journal(0, Integer.MAX_VALUE);
        Instant first = journal.get(0).createdAt();
        Instant last = journal.get(journal.size() - 1).createdAt();
        long span = Duration.between(first, last).toSeconds();
        List<Instant> instants = List.of(first.minusSeconds(1), first, first.plusSeconds(span / 3),
                first.plusSeconds(span / 2), last, last.plusSeconds(1));
        for (long account : accounts) {
            for (Instant from : instants) {
                for (Instant to : instants) {
                    for (long before : List.of(Long.MAX_VALUE, journal.size() / 2L, 70L)) {
                        for (int limit : List.of(1, 10, 1_000)) {
                            assertThat(store.transfersOf(account, before, from, to, limit))
                                    .as("account %d before %d from %s to %s limit %d", account, before, from, to, limit)
                                    .isEqualTo(newestFirst(journal, t -> t.involves(account) && t.sequence() < before
                                            && !t.createdAt().isBefore(from) && t.createdAt().isBefore(to), limit));
                        }
                    }
                }
                assertThat(store.lastTransferOf(account, from)).as("account %d as of %s", account, from)
                        .isEqualTo(newestFirst(journal, t -> t.involves(account) && !t.createdAt().isAfter(from), 1)
                                .stream().findFirst());
            }
            TransferFilter byAccount = new TransferFilter(Optional.of(account), Optional.empty(), Optional.of(100L),
                    Optional.empty(), Optional.of(instants.get(2)), Optional.of(instants.get(4)));
            assertThat(store.search(byAccount, Long.MAX_VALUE, 25)).isEqualTo(newestFirst(journal,
                    t -> t.involves(account) && t.amount().amountMinor() >= 100
                            && !t.createdAt().isBefore(instants.get(2)) && t.createdAt().isBefore(instants.get(4)), 25));
            TransferFilter olderOfAccount = new TransferFilter(Optional.of(account), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.of(instants.get(3)));
            assertThat(store.search(olderOfAccount, Long.MAX_VALUE, 30)).isEqualTo(newestFirst(journal,
                    t -> t.involves(account) && t.createdAt().isBefore(instants.get(3)), 30));
        }
        long owner = store.findAccount(accounts.get(accounts.size() - 1)).orElseThrow().ownerId();
        List<Long> owned = accounts.stream().filter(a -> store.findAccount(a).orElseThrow().ownerId() == owner).toList();
        TransferFilter byCustomer = new TransferFilter(Optional.empty(), Optional.of(owner), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(store.search(byCustomer, journal.size() - 10L, 40)).isEqualTo(newestFirst(journal,
                t -> (owned.contains(t.debitAccountId()) || owned.contains(t.creditAccountId()))
                        && t.sequence() < journal.size() - 10L, 40));
        // An account of someone else, and this customer: only the entries between them.
        long other = accounts.stream().filter(a -> !owned.contains(a)).findFirst().orElseThrow();
        TransferFilter betweenThem = new TransferFilter(Optional.of(other), Optional.of(owner), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(store.search(betweenThem, Long.MAX_VALUE, 15)).isEqualTo(newestFirst(journal,
                t -> t.involves(other) && (owned.contains(t.debitAccountId()) || owned.contains(t.creditAccountId())),
                15));
    }

    private static List<Transfer> newestFirst(List<Transfer> journal, Predicate<Transfer> keep,
                                              int limit) {
        return journal.stream().filter(keep).sorted(Comparator.comparingLong(Transfer::sequence).reversed())
                .limit(limit).toList();
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000;
    }
}
