package bankcore.core.service;

import bankcore.core.port.in.HoldFunds;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link HoldFunds#expireDue()} on a daemon thread at a fixed delay. The sweep only asks: the
 * writer decides which holds are due, from the ledger's clock, inside its transaction. A sweep that
 * fails (a busy store) is simply tried again at the next tick.
 */
public final class HoldExpirySweep implements AutoCloseable {
    private final ScheduledExecutorService scheduler;

    private HoldExpirySweep(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    public static HoldExpirySweep start(HoldFunds holds, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bankcore-hold-expiry");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> sweep(holds), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new HoldExpirySweep(scheduler);
    }

    private static void sweep(HoldFunds holds) {
        try {
            int expired;
            do {
                expired = holds.expireDue();
            } while (expired == Holds.MAX_EXPIRED_PER_SWEEP); // a full sweep means more may be due
        } catch (RuntimeException retriedNextTick) {
            // The store was busy or closing; the due holds are still due and the next tick takes them
            // (an exception escaping here would cancel every later tick).
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
