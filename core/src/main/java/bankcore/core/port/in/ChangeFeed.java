package bankcore.core.port.in;

import bankcore.core.domain.Event;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ledger's change feed: every change, in the order it was committed, each with a gap-free
 * position. A reader keeps the last position it handled and asks for what comes after it, so it
 * can stop and resume anywhere without missing or repeating an event.
 */
public interface ChangeFeed {
    int MAX_READ = 1_000;
    /** How often a subscription looks for events committed elsewhere. */
    long POLL_MILLIS = 200;

    /** Events after {@code afterPosition} (0: from the start), lowest first, 1 to {@value #MAX_READ} of them. */
    List<Event> read(long afterPosition, int limit);

    /** The position of the last committed event; 0 when there is none. */
    long lastPosition();

    /**
     * Waits until an event after {@code afterPosition} is committed, or {@code timeout} has passed: a
     * commit of this process wakes it at once, one elsewhere is seen when the time is up. For a reader
     * that follows the feed at its own pace instead of subscribing.
     *
     * @return the position of the last committed event, {@code afterPosition} or less when none came
     */
    long awaitAfter(long afterPosition, Duration timeout) throws InterruptedException;

    /**
     * Hands every event after {@code afterPosition} to {@code consumer}, in order and once each, on a
     * thread of its own, then each new one soon after it commits, until closed. Events committed in
     * this process arrive at once; those of other processes on the same database within
     * {@link #POLL_MILLIS} milliseconds. A consumer that throws ends the subscription (see {@link Subscription#failure()}).
     */
    Subscription subscribe(long afterPosition, Consumer<Event> consumer);

    interface Subscription extends AutoCloseable {
        /** The position of the last event handed to the consumer. */
        long position();

        /** Why the subscription ended by itself, if it did (the consumer threw, or the store failed). */
        Optional<Throwable> failure();

        /** Stops following; returns once the consumer is no longer called. */
        @Override
        void close();
    }
}
