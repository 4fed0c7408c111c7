package bankcore.dashboard;

import bankcore.core.domain.LedgerReport;
import bankcore.core.port.in.VerifyLedger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The ledger's invariants, checked in the background. Verifying walks the whole journal (the hash
 * chain): about 13 s on a million transfers, far too slow for every screen refresh, so every screen
 * shows the latest report and one thread renews it every {@code period}. On a journal so large that
 * a check takes longer than a fifth of that, the pause grows to four times the check's duration,
 * so the dashboard never spends more than a fifth of one core on it.
 */
public final class InvariantMonitor implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(InvariantMonitor.class.getName());

    private final VerifyLedger verifyLedger;
    private final AtomicReference<LedgerReport> latest = new AtomicReference<>();
    private ScheduledExecutorService scheduler;

    public InvariantMonitor(VerifyLedger verifyLedger) {
        this.verifyLedger = verifyLedger;
    }

    /** Starts checking now and then every {@code period}, on a daemon thread of its own. */
    public synchronized InvariantMonitor startEvery(Duration period) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-verify");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.execute(() -> checkAndReschedule(period));
        return this;
    }

    private void checkAndReschedule(Duration period) {
        long started = System.nanoTime();
        checkQuietly();
        long pause = Math.max(period.toNanos(), 4 * (System.nanoTime() - started));
        synchronized (this) {
            if (scheduler != null) {
                scheduler.schedule(() -> checkAndReschedule(period), pause, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** The latest report; empty until the first check has finished. */
    public Optional<LedgerReport> latest() {
        return Optional.ofNullable(latest.get());
    }

    /** Checks now, on the caller's thread, and keeps the result. */
    public LedgerReport checkNow() {
        LedgerReport report = verifyLedger.verify();
        latest.set(report);
        return report;
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // Keep the last report and try again next period; a dead scheduler would show stale data forever.
            LOG.log(Level.WARNING, "Verifying the ledger failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
