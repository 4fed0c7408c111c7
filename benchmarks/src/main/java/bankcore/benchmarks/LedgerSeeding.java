package bankcore.benchmarks;

import bankcore.core.Ledger;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.port.in.MoveCash.CashCommand;
import bankcore.core.port.in.RegisterCustomer;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Fills a ledger through the core's own use cases, as an application would: customers, their
 * opening deposits, random transfers. Everything here is set-up, never measured.
 */
final class LedgerSeeding {
    static final int BATCH = 1_000;
    private static final int REGISTERING_THREADS = 16;

    private LedgerSeeding() {
    }

    /**
     * Registers {@code count} customers, each with a first account in {@code currency}, and returns
     * the account ids. Registration is one write per customer, so it runs on several threads and the
     * store's group commit gathers them.
     */
    static long[] registerCustomers(Ledger ledger, int count, Currency currency) {
        ExecutorService pool = Executors.newFixedThreadPool(REGISTERING_THREADS);
        try {
            List<Future<Long>> accounts = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String email = "customer" + i + "@bench.example";
                accounts.add(pool.submit(() -> ledger.registration()
                        .register(RegisterCustomer.Command.customer("Customer " + email, email, null, currency))
                        .account().id()));
            }
            long[] ids = new long[count];
            for (int i = 0; i < count; i++) {
                ids[i] = accounts.get(i).get();
            }
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("registering customers failed", e);
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    /** Gives each account an opening deposit from the bank's cash account, through the batch path. */
    static void fund(Ledger ledger, long[] accounts, Currency currency, LongSupplier openingMinor) {
        ledger.cash().deposit(CashCommand.of(accounts[0], Money.of(openingMinor.getAsLong(), currency), "opening deposit"));
        long cash = ledger.queries().cashAccount(currency).orElseThrow().id();
        List<TransferCommand> batch = new ArrayList<>(BATCH);
        for (int i = 1; i < accounts.length; i++) {
            batch.add(TransferCommand.of(cash, accounts[i], Money.of(openingMinor.getAsLong(), currency),
                    "opening deposit"));
            if (batch.size() == BATCH || i == accounts.length - 1) {
                requireAllDone(ledger.transfers().transferEach(batch));
                batch.clear();
            }
        }
    }

    /** {@code count} transfers between two different random accounts of {@code accounts}. */
    static List<TransferCommand> randomTransfers(SplittableRandom random, long[] accounts, int count,
                                                 Currency currency, long minMinor, long maxMinor) {
        List<TransferCommand> commands = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            commands.add(randomTransfer(random, accounts, currency, minMinor, maxMinor));
        }
        return commands;
    }

    static TransferCommand randomTransfer(SplittableRandom random, long[] accounts, Currency currency,
                                          long minMinor, long maxMinor) {
        int from = random.nextInt(accounts.length);
        int to = random.nextInt(accounts.length - 1);
        if (to >= from) {
            to++;
        }
        return TransferCommand.of(accounts[from], accounts[to],
                Money.of(random.nextLong(minMinor, maxMinor + 1), currency), "benchmark transfer");
    }

    static int countDone(List<Outcome<Posted>> outcomes) {
        int done = 0;
        for (Outcome<Posted> outcome : outcomes) {
            if (outcome.isDone()) {
                done++;
            }
        }
        return done;
    }

    private static void requireAllDone(List<Outcome<Posted>> outcomes) {
        for (Outcome<Posted> outcome : outcomes) {
            outcome.orThrow();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
