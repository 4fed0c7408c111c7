package bankcore.dashboard.demo;

import bankcore.core.Ledger;
import bankcore.core.domain.Money;
import bankcore.core.domain.Role;
import bankcore.core.port.in.MoveCash;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.TransferCommand;
import bankcore.core.contract.SettableClock;
import bankcore.persistence.sqlite.SqliteLedgerStore;
import bankcore.persistence.sqlite.SqliteOptions;
import bankcore.security.bcrypt.BcryptPasswordHasher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Fills a fresh SQLite file with a lifelike ledger for trying the dashboard by hand and for timing
 * its queries at scale: customers with log-normally spread deposits, then random payments spread
 * over the last 30 days, all through the core. (The project's seeder module does this properly;
 * this is the dashboard's own small stand-in, kept in test scope.)
 *
 * <pre>java -cp "target/test-classes:target/dashboard/lib/*" bankcore.dashboard.demo.DemoLedger FILE CUSTOMERS TRANSFERS</pre>
 */
public final class DemoLedger {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String[] FIRST = {"Ada", "Bob", "Cyd", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jon",
        "Kim", "Lea", "Max", "Nia", "Oto", "Pia", "Quin", "Ray", "Sue", "Tom"};
    private static final String[] LAST = {"Lovelace", "Babbage", "Hopper", "Turing", "Noether", "Curie", "Knuth",
        "Liskov", "Hamilton", "Ritchie", "Dijkstra", "Goldberg", "Allen", "Wing", "Perlman"};
    /** Small batches: each takes one clock step, so the charts show traffic spread the way real traffic is. */
    private static final int BATCH = 10;

    private DemoLedger() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int customers = Integer.parseInt(args[1]);
        int transfers = Integer.parseInt(args[2]);
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " exists: the demo ledger starts from an empty file");
        }
        Instant now = Instant.now();
        SettableClock clock = new SettableClock(now.minus(Duration.ofDays(31)));
        Random random = new Random(42);
        long started = System.nanoTime();
        // A demo file needs no protection against power loss: skipping fsync makes seeding minutes faster.
        try (SqliteLedgerStore store = SqliteLedgerStore.open(file, new SqliteOptions(false, 1_000, 2));
             Ledger ledger = Ledger.builder(store)
                .clock(clock).passwordHasher(new BcryptPasswordHasher()).build()) {
            List<Long> accounts = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                long account = ledger.registration().register(new RegisterCustomer.Command(first + " " + last,
                        (first + "." + last + "." + i + "@example.test").toLowerCase(), null,
                        Role.CUSTOMER, EUR)).account().id();
                accounts.add(account);
                // Log-normal wealth: most hold little, a few hold a lot (median about 400 EUR).
                long cents = Math.max(1, Math.round(Math.exp(10.6 + 1.6 * random.nextGaussian())));
                ledger.cash().deposit(MoveCash.CashCommand.of(account, Money.of(cents, EUR), "opening deposit"));
            }
            // Most payments spread over 30 days, one in a hundred in the last hour: every range has something to show.
            int spread = transfers - transfers / 100;
            pay(ledger, clock, random, accounts, spread, now.minus(Duration.ofDays(30)), now.minus(Duration.ofHours(1)));
            pay(ledger, clock, random, accounts, transfers - spread, now.minus(Duration.ofHours(1)), now);
            System.out.printf("Seeded %s: %d customers, %d transfer attempts in %d s%n", file, customers, transfers,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    /** {@code count} random payments in batches, the clock moving evenly from {@code from} to {@code to}. */
    private static void pay(Ledger ledger, SettableClock clock, Random random, List<Long> accounts, int count,
                            Instant from, Instant to) {
        int batches = Math.max(1, count / BATCH);
        Duration step = Duration.between(from, to).dividedBy(batches);
        clock.set(from);
        for (int b = 0; b < batches; b++) {
            List<TransferCommand> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH; i++) {
                long payer = accounts.get(random.nextInt(accounts.size()));
                long payee = accounts.get(random.nextInt(accounts.size()));
                if (payer != payee) {
                    long cents = Math.max(1, Math.round(Math.exp(7.5 + 1.2 * random.nextGaussian())));
                    batch.add(TransferCommand.of(payer, payee, Money.of(cents, EUR), "payment"));
                }
            }
            ledger.transfers().transferEach(batch);
            clock.advance(step);
        }
    }
}
