package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.Customer;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The victim of {@link KilledProcessTest}: a separate JVM that transfers in a loop on several
 * threads and prints {@code ACK <id>} for each transfer only after the core acknowledged it. One
 * more thread posts large batches ({@code transferEach} of {@link #BULK_BATCH}) between the two
 * "Bulk" accounts, printing {@code BULK-START <description>} before and {@code BULK-ACK <description>}
 * after, so that the kill usually falls in the middle of a large group. It never stops by itself in
 * time; the test kills it with SIGKILL.
 */
public final class CrashingTransferLoop {
    static final int THREADS = 4;
    static final int BULK_BATCH = 1_000;
    static final String VICTIM = "Victim ";
    static final String BULK = "Bulk ";

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        Currency eur = Currencies.of("EUR");
        Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build();
        List<Customer> customers = ledger.queries().customers(Optional.empty(), 200).items();
        List<Long> accounts = accountsOf(ledger, customers, VICTIM);
        List<Long> bulk = accountsOf(ledger, customers, BULK);
        System.out.println("READY " + accounts.size());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed * 31 + t);
            threads.add(new Thread(() -> {
                for (int i = 0; i < 1_000_000; i++) {
                    long from = accounts.get(random.nextInt(accounts.size()));
                    long to = accounts.get(random.nextInt(accounts.size()));
                    try {
                        var posted = ledger.transfers().transfer(
                                TransferCommand.of(from, to, Money.of(1 + random.nextInt(500), eur), "crash-loop"));
                        report("ACK " + posted.transfer().id());
                    } catch (LedgerException refused) {
                        // overdrafts and self-transfers are refused and never acknowledged: fine
                    }
                }
            }));
        }
        threads.add(new Thread(() -> {
            for (int k = 0; k < 1_000_000; k++) {
                String description = "bulk " + seed + "-" + k;
                long from = bulk.get(k % 2);
                long to = bulk.get(1 - k % 2);
                List<TransferCommand> batch = new ArrayList<>(BULK_BATCH);
                for (int i = 0; i < BULK_BATCH; i++) {
                    batch.add(TransferCommand.of(from, to, Money.of(1, eur), description));
                }
                report("BULK-START " + description);
                ledger.transfers().transferEach(batch).forEach(outcome -> outcome.orThrow());
                report("BULK-ACK " + description);
            }
        }));
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static List<Long> accountsOf(Ledger ledger, List<Customer> customers, String namePrefix) {
        return customers.stream().filter(c -> c.name().startsWith(namePrefix))
                .map(c -> ledger.queries().accountsOf(c.id()).get(0).id()).toList();
    }

    private static synchronized void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
