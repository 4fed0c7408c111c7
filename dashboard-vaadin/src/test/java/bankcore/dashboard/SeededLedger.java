package bankcore.dashboard;

import bankcore.core.contract.SettableClock;

import bankcore.core.Ledger;
import bankcore.core.domain.Account;
import bankcore.core.domain.Customer;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.security.bcrypt.BcryptPasswordHasher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * A small ledger in a real SQLite file, written through the core at known times, with the
 * numbers a person would work out from it by hand (the "ledger's own" figures the views must show).
 *
 * <pre>
 * NOW-40d  admin and four customers register
 * NOW-35d  deposit  Ada  1,000.00
 * NOW-30h  deposit  Bob    250.50   (in the 24 h before the last 24 h)
 * NOW-2h   deposit  Cyd     75.25
 * NOW-2h   Ada -> Bob      100.00
 * NOW-10m  Bob -> Dee       20.00
 * NOW-5m   withdraw Ada     50.00
 * </pre>
 */
public final class SeededLedger implements AutoCloseable {

    public static final Currency EUR = Currency.getInstance("EUR");
    /** A fixed "now", well inside a minute and a day, so no window edge is near a transfer. */
    public static final Instant NOW = Instant.parse("2026-03-10T12:30:20Z");
    public static final String ADMIN_EMAIL = "admin@bank.test";
    public static final String ADMIN_PASSWORD = "fake-admin-password-for-tests";
    public static final String CUSTOMER_PASSWORD = "fake-customer-password";
    /** A test needs no durability against power loss; skipping fsync keeps seeding fast. */
    private static final SqliteOptions WITHOUT_FSYNC = new SqliteOptions(false, 1_000, 2);
    /** bcrypt's cheapest cost: the same algorithm, fast enough for a test. */
    private static final int TEST_BCRYPT_COST = 4;

    public final SettableClock clock = new SettableClock(NOW.minus(Duration.ofDays(40)));
    public final Ledger ledger;
    private final SqliteLedgerStore store;
    public final Customer admin;
    public final Account ada;
    public final Account bob;
    public final Account cyd;
    public final Account dee;
    /** Every transfer posted, oldest first. */
    public final List<Transfer> journal = new ArrayList<>();

    private SeededLedger(Path file) {
        store = SqliteLedgerStore.open(file, WITHOUT_FSYNC);
        ledger = Ledger.builder(store)
                .clock(clock)
                .passwordHasher(new BcryptPasswordHasher(TEST_BCRYPT_COST))
                .build();
        admin = ledger.registration().ensureAdmin(ADMIN_EMAIL, ADMIN_PASSWORD.toCharArray(), EUR).orElseThrow();
        ada = register("Ada Lovelace", "ada@example.test");
        bob = register("Bob Babbage", "bob@example.test");
        cyd = register("Cyd Charisse", "cyd@example.test");
        dee = register("Dee Dee Ramone", "dee@example.test");

        at(NOW.minus(Duration.ofDays(35)));
        deposit(ada, "1000.00");
        at(NOW.minus(Duration.ofHours(30)));
        deposit(bob, "250.50");
        at(NOW.minus(Duration.ofHours(2)));
        deposit(cyd, "75.25");
        transfer(ada, bob, "100.00");
        at(NOW.minus(Duration.ofMinutes(10)));
        transfer(bob, dee, "20.00");
        at(NOW.minus(Duration.ofMinutes(5)));
        journal.add(ledger.cash().withdraw(MoveCash.CashCommand.of(ada.id(), eur("50.00"), "cash out")).transfer());
        at(NOW);
    }

    public static SeededLedger create(Path directory) {
        return new SeededLedger(directory.resolve("banking.db"));
    }

    /** The dashboard's view of this ledger, its invariants already checked once. */
    public DashboardBackend backend() {
        InvariantMonitor invariants = new InvariantMonitor(ledger.verifier());
        invariants.checkNow();
        return new DashboardBackend(ledger.analytics(), ledger.queries(), ledger.authentication(), invariants,
                clock, EUR);
    }

    public static Money eur(String amount) {
        return Money.parse(amount, EUR);
    }

    /** What customers hold now, from the customer accounts' own balances. */
    public Money liquidity() {
        return List.of(ada, bob, cyd, dee).stream()
                .map(a -> ledger.queries().account(a.id()).orElseThrow().balance())
                .reduce(Money.zero(EUR), Money::plus);
    }

    /** The transfers posted in [from, to). */
    public List<Transfer> postedBetween(Instant from, Instant to) {
        return journal.stream().filter(t -> !t.createdAt().isBefore(from) && t.createdAt().isBefore(to)).toList();
    }

    public static Money volumeOf(List<Transfer> transfers) {
        return transfers.stream().map(Transfer::amount).reduce(Money.zero(EUR), Money::plus);
    }

    /** The journal as the dashboard lists it: newest first. */
    public List<Transfer> newestFirst() {
        List<Transfer> reversed = new ArrayList<>(journal);
        Collections.reverse(reversed);
        return reversed;
    }

    public Transfer deposit(Account account, String amount) {
        Transfer transfer = ledger.cash().deposit(MoveCash.CashCommand.of(account.id(), eur(amount), "deposit")).transfer();
        journal.add(transfer);
        return transfer;
    }

    public Transfer transfer(Account from, Account to, String amount) {
        Transfer transfer = ledger.transfers()
                .transfer(TransferMoney.TransferCommand.of(from.id(), to.id(), eur(amount), "payment")).transfer();
        journal.add(transfer);
        return transfer;
    }

    public Account register(String name, String email) {
        return ledger.registration().register(RegisterCustomer.Command.customer(name, email,
                CUSTOMER_PASSWORD.toCharArray(), EUR)).account();
    }

    private void at(Instant instant) {
        clock.set(instant);
    }

    @Override
    public void close() {
        ledger.close();
        store.close();
    }
}
