package bankcore.persistence.sqlite;

import bankcore.core.Ledger;
import bankcore.core.domain.Currencies;
import bankcore.core.domain.LedgerException;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.HoldFunds.Capture;
import bankcore.core.port.in.HoldFunds.Movement;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;

/**
 * The victim of {@link KilledBetweenHoldAndCaptureTest}: a separate JVM whose threads each open a
 * hold, print {@code HOLD <id>} once it is acknowledged, then capture part of the hold before it and
 * print {@code CAPTURE <hold id> <capture id>}; so a SIGKILL always lands between a hold and its
 * capture. It takes the accounts to use as arguments and never stops by itself in time.
 */
public final class CrashingHoldLoop {
    static final int THREADS = 4;
    static final Duration TIMEOUT = Duration.ofHours(1);

    public static void main(String[] args) throws InterruptedException {
        Ledger ledger = Ledger.builder(SqliteLedgerStore.open(Path.of(args[0]))).build();
        long payer = Long.parseLong(args[1]);
        long payee = Long.parseLong(args[2]);
        Currency eur = Currencies.of("EUR");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Random random = new Random(t);
            threads.add(new Thread(() -> {
                Transfer open = null;
                for (int i = 0; i < 1_000_000; i++) {
                    try {
                        Transfer hold = ledger.holds().submit(Movement.held(TransferCommand.of(payer, payee,
                                Money.of(2 + random.nextInt(100), eur), "crash-hold"), TIMEOUT)).transfer();
                        report("HOLD " + hold.id());
                        // Capturing the previous hold, not this one, keeps one acknowledged hold per thread
                        // uncaptured at every moment, so the kill always lands between a hold and its capture.
                        if (open != null) {
                            capture(ledger, open, random, eur);
                        }
                        open = hold;
                    } catch (LedgerException refused) {
                        // the payer ran dry: nothing was acknowledged, so nothing is promised
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void capture(Ledger ledger, Transfer hold, Random random, Currency eur) {
        Money part = Money.of(1 + random.nextInt((int) hold.amount().amountMinor()), eur);
        Transfer capture = ledger.holds().capture(new Capture(hold.id(), Optional.of(part), Optional.empty(),
                OptionalLong.empty())).transfer();
        report("CAPTURE " + hold.id() + " " + capture.id());
    }

    private static synchronized void report(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
