package bankcore.core.service;

import bankcore.core.domain.Outcome;
import bankcore.core.port.out.LedgerCommand;
import bankcore.core.port.out.LedgerWriter;

import java.util.List;

/**
 * The store's writer, with a signal after every write: subscriptions of this process wake as soon
 * as a change is durable instead of waiting for their next poll.
 */
public final class CommitSignal implements LedgerWriter {
    private final LedgerWriter writer;
    private long writes;

    public CommitSignal(LedgerWriter writer) {
        this.writer = writer;
    }

    @Override
    public <T> List<Outcome<T>> write(List<? extends LedgerCommand<T>> commands) {
        try {
            return writer.write(commands);
        } finally {
            signal();
        }
    }

    /** How many writes have ended so far; pass it to {@link #awaitAfter}. */
    synchronized long writes() {
        return writes;
    }

    /** Waits until a write ends after the one counted by {@code seen}, or the time is up. */
    synchronized void awaitAfter(long seen, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        long left = millis;
        while (writes == seen && left > 0) {
            wait(left);
            left = deadline - System.currentTimeMillis();
        }
    }

    private synchronized void signal() {
        writes++;
        notifyAll();
    }
}
