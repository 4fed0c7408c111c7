package bankcore.core.service;

import bankcore.core.domain.Event;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.out.EventReader;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One follower of the feed on a daemon thread: reads what comes after its position, hands it over
 * in order, and waits for the next commit (or the poll interval) when it has caught up. It only
 * ever hands over the next position: were a later event visible before an earlier one, it would
 * wait for the earlier instead of skipping it.
 */
final class FeedSubscription implements ChangeFeed.Subscription {
    private static final int READ_AHEAD = 500;

    private final EventReader events;
    private final CommitSignal commits;
    private final Consumer<Event> consumer;
    private final Thread thread;
    private volatile long position;
    private volatile boolean open = true;
    private volatile Throwable failure;

    private FeedSubscription(EventReader events, CommitSignal commits, long afterPosition, Consumer<Event> consumer) {
        this.events = events;
        this.commits = commits;
        this.consumer = consumer;
        this.position = afterPosition;
        this.thread = new Thread(this::run, "bankcore-feed-after-" + afterPosition);
        this.thread.setDaemon(true);
    }

    static FeedSubscription start(EventReader events, CommitSignal commits, long afterPosition,
                                  Consumer<Event> consumer) {
        FeedSubscription subscription = new FeedSubscription(events, commits, afterPosition, consumer);
        subscription.thread.start();
        return subscription;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public void close() {
        open = false;
        if (Thread.currentThread() != thread) {
            thread.interrupt();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (open) {
                long seen = commits.writes();
                if (!handOverNext()) {
                    commits.awaitAfter(seen, ChangeFeed.POLL_MILLIS);
                }
            }
        } catch (InterruptedException closing) {
            // close() interrupts a wait: nothing is left half-handed-over
        } catch (RuntimeException | Error broken) {
            if (open) {
                failure = broken;
            }
        }
    }

    /** @return whether anything was handed over */
    private boolean handOverNext() {
        List<Event> next = events.events(position, READ_AHEAD);
        boolean any = false;
        for (Event event : next) {
            if (!open || event.position() != position + 1) {
                break;
            }
            consumer.accept(event);
            position = event.position();
            any = true;
        }
        return any;
    }
}
