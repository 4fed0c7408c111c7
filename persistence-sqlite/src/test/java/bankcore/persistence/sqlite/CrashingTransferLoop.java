package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * The victim of {@link KilledProcessTest}: a separate JVM that transfers in a loop on several
 * threads and prints {@code ACK <id>} for each transfer only after the core acknowledged it. It
 * never stops by itself in time; the test kills it with SIGKILL.
 */
public final class CrashingTransferLoop {
    static final int THREADS = 4;

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        Currency eur = Currencies.of("EUR");
        Ledger ledger = Ledger.builder(SqliteLedgerStore.open(file)).build();
        List<Long> accounts = ledger.queries().customers(java.util.Optional.empty(), 200).items().stream()
                .map(c -> ledger.queries().accountsOf(c.id()).get(0).id()).toList();
        System.out.println("READY " + accounts.size());
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(seed * 31 + t);
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1_000_000; i++) {
                    long from = accounts.get(random.nextInt(accounts.size()));
                    long to = accounts.get(random.nextInt(accounts.size()));
                    try {
                        var posted = ledger.transfers().transfer(
                                TransferCommand.of(from, to, Money.of(1 + random.nextInt(500), eur), "crash-loop"));
                        acknowledge(posted.transfer().id().toString());
                    } catch (LedgerException refused) {
                        // overdrafts and self-transfers are refused and never acknowledged: fine
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static synchronized void acknowledge(String transferId) {
        System.out.println("ACK " + transferId);
        System.out.flush();
    }
}
