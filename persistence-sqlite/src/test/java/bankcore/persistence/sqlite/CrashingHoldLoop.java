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
 * hold, print {@code HOLD <id>} once it is acknowledged, then capture part of it and print
 * {@code CAPTURE <hold id> <capture id>}; so a SIGKILL lands between a hold and its capture. It
 * takes the accounts to use as arguments and never stops by itself in time.
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
                for (int i = 0; i < 1_000_000; i++) {
                    try {
                        Transfer hold = ledger.holds().submit(Movement.held(TransferCommand.of(payer, payee,
                                Money.of(2 + random.nextInt(100), eur), "crash-hold"), TIMEOUT)).transfer();
                        report("HOLD " + hold.id());
                        // Most of each round is spent between the hold and its capture, where the kill must land.
                        Thread.sleep(5);
                        Money part = Money.of(1 + random.nextInt((int) hold.amount().amountMinor()), eur);
                        Transfer capture = ledger.holds().capture(new Capture(hold.id(), Optional.of(part),
                                Optional.empty(), OptionalLong.empty())).transfer();
                        report("CAPTURE " + hold.id() + " " + capture.id());
                    } catch (LedgerException refused) {
                        // the payer ran dry: nothing was acknowledged, so nothing is promised
                    } catch (InterruptedException stop) {
                        return;
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
