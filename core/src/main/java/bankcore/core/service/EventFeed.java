package bankcore.core.service;

import bankcore.core.domain.Event;
import bankcore.core.domain.Refusal;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.out.EventReader;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The change feed over the store's committed events; subscriptions wake on this process's commits. */
public final class EventFeed implements ChangeFeed {
    private final EventReader events;
    private final CommitSignal commits;

    public EventFeed(EventReader events, CommitSignal commits) {
        this.events = events;
        this.commits = commits;
    }

    @Override
    public List<Event> read(long afterPosition, int limit) {
        requireAfter(afterPosition);
        if (limit < 1 || limit > MAX_READ) {
            throw Refusal.INVALID_ARGUMENT.because("limit must be between 1 and " + MAX_READ + ", got " + limit);
        }
        return events.events(afterPosition, limit);
    }

    @Override
    public long lastPosition() {
        return events.lastEventPosition();
    }

    @Override
    public long awaitAfter(long afterPosition, Duration timeout) throws InterruptedException {
        requireAfter(afterPosition);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = commits.writes();
            long last = events.lastEventPosition();
            long left = deadline - System.nanoTime();
            if (last > afterPosition || left <= 0) {
                return last;
            }
            commits.awaitAfter(seen, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    @Override
    public Subscription subscribe(long afterPosition, Consumer<Event> consumer) {
        requireAfter(afterPosition);
        return FeedSubscription.start(events, commits, afterPosition, consumer);
    }

    private static void requireAfter(long afterPosition) {
        if (afterPosition < 0) {
            throw Refusal.INVALID_ARGUMENT.because("after must be 0 or a position, got " + afterPosition);
        }
    }
}
