package bankcore.persistence.postgres;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The node {@link KilledNodeTest} kills: a separate JVM on the database at {@code args[0]} that
 * transfers between the accounts {@code args[2..]} on several threads and prints {@code ACK <id>}
 * only after the core acknowledged the transfer. It never stops by itself; the test SIGKILLs it.
 */
public final class TransferringNode {
    static final int THREADS = 4;

    public static void main(String[] args) throws InterruptedException {
        long seed = Long.parseLong(args[1]);
        List<Long> accounts = Arrays.stream(args, 2, args.length).map(Long::parseLong).toList();
        Currency eur = Currencies.of("EUR");
        Ledger ledger = Ledger.builder(PostgresLedgerStore.open(args[0], null, null)).build();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed * 31 + t);
            threads.add(new Thread(() -> {
                while (true) {
                    long from = accounts.get(random.nextInt(accounts.size()));
                    long to = accounts.get(random.nextInt(accounts.size()));
                    try {
                        var posted = ledger.transfers().transfer(
                                TransferCommand.of(from, to, Money.of(1 + random.nextInt(500), eur), "killed node"));
                        report("ACK " + posted.transfer().id());
                    } catch (LedgerException refused) {
                        // overdrafts and self-transfers are refused and never acknowledged: fine
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static synchronized void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
