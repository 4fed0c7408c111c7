package bankcore.seeder.traffic;

import bankcore.core.domain.Account;
import bankcore.core.domain.AccountStatus;
import bankcore.core.domain.Customer;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Page;
import bankcore.core.domain.StoreFailureException;
import bankcore.core.port.in.LedgerQueries;
import bankcore.core.port.in.TransferMoney;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A gentle stream of small payments between the customer accounts of an existing ledger, through the
 * core's in-ports, so that a demo keeps moving while someone watches the dashboard. Payments arrive at
 * random moments (a Poisson stream, like real ones) and never exceed a tenth of the payer's balance, so
 * money keeps circulating instead of draining away.
 */
public final class DemoTraffic {

    /** Put a limit on everything: a ledger of a million customers is sampled, not read whole. */
    static final int MAX_CUSTOMERS_READ = 20_000;
    /** A payment is at most this many whole units of its currency (60 EUR). */
    private static final long MAX_PAYMENT_UNITS = 60;
    /** The store refusing this many writes in a row is not a busy moment but a broken ledger. */
    private static final int MAX_FAILURES_IN_A_ROW = 20;
    private static final String[] NOTES = {"Coffee", "Groceries", "Lunch", "Taxi", "Cinema", "Books", "Thanks!",
        "Bakery", "Train ticket", "Pharmacy", "Flowers", "Dinner"};

    /** What the stream did: payments posted, refused by the core, and turns skipped (payer too poor or not active). */
    public record Tally(long posted, long refused, long skipped) {
        public long attempts() {
            return posted + refused + skipped;
        }
    }

    private enum Result { POSTED, REFUSED, SKIPPED }

    private final LedgerQueries queries;
    private final TransferMoney transfers;
    private final Random random;
    private final List<long[]> accountsByCurrency;
    private final int accountCount;

    public DemoTraffic(LedgerQueries queries, TransferMoney transfers, Random random) {
        this.queries = queries;
        this.transfers = transfers;
        this.random = random;
        this.accountsByCurrency = customerAccountsByCurrency(queries);
        this.accountCount = accountsByCurrency.stream().mapToInt(ids -> ids.length).sum();
        if (accountsByCurrency.isEmpty()) {
            throw new IllegalStateException("the ledger has no two customer accounts in one currency to move money"
                    + " between: seed it first");
        }
    }

    /** How many accounts the stream moves money between. */
    public int accountCount() {
        return accountCount;
    }

    /**
     * Posts payments, about {@code perSecond} a second, until {@code stop} is counted down or, when
     * {@code maxAttempts} is positive, after that many turns. Each hundredth payment is reported to {@code progress}.
     */
    public Tally run(double perSecond, long maxAttempts, CountDownLatch stop, Consumer<Tally> progress)
            throws InterruptedException {
        long posted = 0;
        long refused = 0;
        long skipped = 0;
        int failuresInARow = 0;
        while (maxAttempts <= 0 || posted + refused + skipped < maxAttempts) {
            if (stop.await(pauseMs(perSecond), TimeUnit.MILLISECONDS)) {
                break;
            }
            Result result;
            try {
                result = postOne();
                failuresInARow = 0;
            } catch (StoreFailureException busy) {
                if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) {
                    throw busy;
                }
                result = Result.REFUSED;
            }
            switch (result) {
                case POSTED -> posted++;
                case REFUSED -> refused++;
                default -> skipped++;
            }
            if (result == Result.POSTED && posted % 100 == 0) {
                progress.accept(new Tally(posted, refused, skipped));
            }
        }
        return new Tally(posted, refused, skipped);
    }

    /** The wait before the next payment: exponential around 1/rate, capped so the stream never seems stuck. */
    private long pauseMs(double perSecond) {
        double meanMs = 1000 / perSecond;
        return (long) Math.min(5 * meanMs, -Math.log(1 - random.nextDouble()) * meanMs);
    }

    private Result postOne() {
        long[] sameCurrency = accountsByCurrency.get(random.nextInt(accountsByCurrency.size()));
        int fromIndex = random.nextInt(sameCurrency.length);
        int toIndex = (fromIndex + 1 + random.nextInt(sameCurrency.length - 1)) % sameCurrency.length;
        Optional<Account> from = queries.account(sameCurrency[fromIndex]);
        if (from.isEmpty() || from.get().status() != AccountStatus.ACTIVE) {
            return Result.SKIPPED;
        }
        Currency currency = from.get().currency();
        long unitMinor = Math.round(Math.pow(10, Math.max(0, currency.getDefaultFractionDigits())));
        long maxMinor = Math.min(from.get().balanceMinor() / 10, MAX_PAYMENT_UNITS * unitMinor);
        if (maxMinor < unitMinor) {
            return Result.SKIPPED;
        }
        long amountMinor = unitMinor + random.nextLong(maxMinor - unitMinor + 1);
        try {
            transfers.transfer(TransferCommand.of(sameCurrency[fromIndex], sameCurrency[toIndex],
                    Money.of(amountMinor, currency), NOTES[random.nextInt(NOTES.length)]));
            return Result.POSTED;
        } catch (LedgerException refused) {
            // Another process (the API, a second stream) moved the money first, or froze the account.
            return Result.REFUSED;
        }
    }

    /** The active customer accounts of the first customers, grouped by currency; currencies with one account dropped. */
    private static List<long[]> customerAccountsByCurrency(LedgerQueries queries) {
        Map<Currency, List<Long>> byCurrency = new LinkedHashMap<>();
        Optional<String> cursor = Optional.empty();
        int read = 0;
        do {
            Page<Customer> page = queries.customers(cursor, Page.MAX_LIMIT);
            for (Customer customer : page.items()) {
                if (!customer.isAdmin()) {
                    for (Account account : queries.accountsOf(customer.id())) {
                        byCurrency.computeIfAbsent(account.currency(), c -> new ArrayList<>()).add(account.id());
                    }
                }
            }
            read += page.items().size();
            cursor = page.nextCursor();
        } while (cursor.isPresent() && read < MAX_CUSTOMERS_READ);
        return byCurrency.values().stream().filter(ids -> ids.size() >= 2)
                .map(ids -> ids.stream().mapToLong(Long::longValue).toArray()).toList();
    }
}
