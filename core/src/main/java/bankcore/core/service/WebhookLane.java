package bankcore.core.service;

import bankcore.core.domain.Event;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.domain.WebhookEndpoint.Status;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.out.WebhookStore;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * One endpoint's deliveries from this dispatcher: run by one thread at a time ({@link #take()}),
 * each event only after the one before it was answered with a 2xx, so they arrive in order.
 * <p>
 * It delivers only under a lease in the endpoint's row ({@link WebhookStore#claim}), so that of
 * several processes on one database one at a time serves the endpoint. An attempt starts only with
 * at least half the lease left, and every recording of progress extends it; the lease must
 * therefore be well over twice the sender's timeout, and the processes' clocks agree to within the
 * rest. Losing the lease (another took it over after it ran out, or the endpoint was deleted)
 * shows when progress is refused: the lane forgets what it knew and claims afresh later.
 * <p>
 * Progress is recorded in batches, across runs: every {@value #RECORD_EVERY} attempts or
 * {@link #RECORD_AFTER} at the latest, after any failure, and when the dispatcher stops. Events it
 * does not want it passes over in memory, in pages. A crash loses at most the progress since the
 * last recording, so those events are sent again: at least once, never skipped.
 */
final class WebhookLane {
    private static final int PAGE = 500;
    static final int RECORD_EVERY = 100;
    static final Duration RECORD_AFTER = Duration.ofMillis(250);
    /** Deliveries, and pages read, before the lane gives its thread to the next endpoint. */
    private static final int SLICE_DELIVERIES = 1_000;
    private static final int SLICE_PAGES = 20;

    private final long id;
    private final String owner;
    private final WebhookStore store;
    private final ChangeFeed feed;
    private final WebhookCourier courier;
    private final InstantSource clock;
    private final WebhookDispatcher.Settings settings;
    private final AtomicBoolean busy = new AtomicBoolean();

    // Touched only by the thread that has taken the lane.
    /** The endpoint with this lane's progress; null while it holds no lease. */
    private WebhookEndpoint endpoint;
    private Instant leaseUntil = Instant.MIN;
    /** Another process held the lease at the last claim: not claimed again before this. */
    private Instant claimAgainAt = Instant.MIN;
    /** Made since the last recording, oldest first. */
    private final List<WebhookDelivery> attempts = new ArrayList<>();
    private long recordedUpTo;
    private Instant recordedAt = Instant.MIN;

    WebhookLane(long id, String owner, WebhookStore store, ChangeFeed feed, WebhookCourier courier,
                InstantSource clock, WebhookDispatcher.Settings settings) {
        this.id = id;
        this.owner = owner;
        this.store = store;
        this.feed = feed;
        this.courier = courier;
        this.clock = clock;
        this.settings = settings;
    }

    long id() {
        return id;
    }

    /** @return whether the caller now runs the lane alone; it calls {@link #free()} when done */
    boolean take() {
        return busy.compareAndSet(false, true);
    }

    void free() {
        busy.set(false);
    }

    /**
     * Whether there may be work now: an event owed, judged from this lane's progress or, without a
     * lease, from the row; or progress delivered but not yet recorded, once it is due to be.
     */
    boolean due(WebhookEndpoint row, long lastPosition) {
        Instant now = now();
        if (holdsLease(now)) {
            return recordDue(now) || owes(endpoint, lastPosition, now);
        }
        return !now.isBefore(claimAgainAt) && owes(row, lastPosition, now);
    }

    /**
     * Delivers what is owed, until caught up, a failure, the end of its slice or {@code running}
     * turning false. Records the progress when a batch is full or old enough, after a failure, when
     * stopping, and, with {@code recordAtEnd}, before it returns.
     *
     * @param row the endpoint as last read, for its address, patterns and secret
     * @return whether anything was done: an attempt, or events passed over
     */
    boolean run(WebhookEndpoint row, BooleanSupplier running, boolean recordAtEnd) {
        if (!lease(row)) {
            return false;
        }
        if (endpoint.status() != Status.ACTIVE || now().isBefore(endpoint.nextAttemptAt())) {
            return false;
        }
        boolean worked = false;
        boolean failed = false;
        int delivered = 0;
        int pages = 0;
        reading:
        while (running.getAsBoolean() && delivered < SLICE_DELIVERIES && pages++ < SLICE_PAGES) {
            List<Event> page = feed.read(endpoint.deliveredUpTo(), PAGE);
            for (Event event : page) {
                if (!running.getAsBoolean() || event.position() != endpoint.deliveredUpTo() + 1) {
                    // stopping; or a later event visible before an earlier one commits: wait for the earlier
                    break reading;
                }
                worked = true;
                if (!endpoint.wants(event.type())) {
                    endpoint = progressed(endpoint.status(), event.position(), endpoint.failures(),
                            endpoint.failingSince(), endpoint.nextAttemptAt());
                    continue;
                }
                Instant now = now();
                if ((leaseRunsLow(now) || recordDue(now)) && !record(now)) {
                    return true;
                }
                WebhookDelivery attempt = courier.attempt(endpoint, event, now);
                if (!attempt.delivered() && !running.getAsBoolean()) {
                    break reading; // cut short by the stop: not the receiver's failure, and still owed
                }
                attempts.add(attempt);
                if (!attempt.delivered()) {
                    endpoint = failed(attempt.attempt(), now);
                    failed = true;
                    break reading;
                }
                endpoint = progressed(Status.ACTIVE, event.position(), 0, null, now);
                delivered++;
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        Instant now = now();
        if (dirty() && (recordAtEnd || failed || !running.getAsBoolean() || recordDue(now))) {
            record(now);
        }
        return worked;
    }

    /** After a failure of the store: the progress since the last recording is not trusted, the row is. */
    void forget() {
        endpoint = null;
        leaseUntil = Instant.MIN;
        attempts.clear();
    }

    /**
     * For a clean stop, when nobody runs the lane: records what was delivered and gives the lease up,
     * so another process takes over at once from where this one left off.
     */
    void stop() {
        if (take()) {
            try {
                if (endpoint != null) {
                    if (!dirty() || record(now())) {
                        store.release(id, owner);
                    }
                    forget();
                }
            } finally {
                free();
            }
        }
    }

    private static boolean owes(WebhookEndpoint known, long lastPosition, Instant now) {
        return known.status() == Status.ACTIVE && !now.isBefore(known.nextAttemptAt())
                && known.deliveredUpTo() < lastPosition;
    }

    private boolean dirty() {
        return !attempts.isEmpty() || endpoint.deliveredUpTo() != recordedUpTo;
    }

    /** A batch is full, or has waited long enough. */
    private boolean recordDue(Instant now) {
        return dirty() && (attempts.size() >= RECORD_EVERY || !now.isBefore(recordedAt.plus(RECORD_AFTER)));
    }

    /**
     * Keeps the lease (a recording extends it when it runs low) or claims it; the progress comes from
     * the row only when the claim is new, and whatever was not recorded under a lost lease is dropped.
     */
    private boolean lease(WebhookEndpoint row) {
        Instant now = now();
        if (holdsLease(now)) {
            endpoint = row.withProgress(endpoint.status(), endpoint.deliveredUpTo(), endpoint.failures(),
                    endpoint.failingSince(), endpoint.nextAttemptAt());
            return !leaseRunsLow(now) || record(now);
        }
        forget();
        if (now.isBefore(claimAgainAt)) {
            return false;
        }
        Instant until = now.plus(settings.lease());
        Optional<WebhookEndpoint> claimed = store.claim(id, owner, now, until);
        if (claimed.isEmpty()) {
            claimAgainAt = now.plus(settings.lease().dividedBy(4));
            return false;
        }
        endpoint = claimed.get();
        recordedUpTo = endpoint.deliveredUpTo();
        recordedAt = now;
        leaseUntil = until;
        return true;
    }

    /** Records the attempts and the progress, extending the lease; false (and forgotten) when the lease is lost. */
    private boolean record(Instant now) {
        Instant until = now.plus(settings.lease());
        if (!store.recordProgress(owner, until, endpoint, attempts)) {
            forget();
            return false;
        }
        attempts.clear();
        recordedUpTo = endpoint.deliveredUpTo();
        recordedAt = now;
        leaseUntil = until;
        return true;
    }

    private boolean holdsLease(Instant now) {
        return endpoint != null && now.isBefore(leaseUntil);
    }

    private boolean leaseRunsLow(Instant now) {
        return !now.plus(settings.lease().dividedBy(2)).isBefore(leaseUntil);
    }

    private WebhookEndpoint failed(int attempt, Instant now) {
        Instant since = endpoint.failingSince() == null ? now : endpoint.failingSince();
        Status status = Duration.between(since, now).compareTo(settings.giveUpAfter()) >= 0 ? Status.DISABLED
                : Status.ACTIVE;
        return progressed(status, endpoint.deliveredUpTo(), attempt, since, now.plus(settings.backoff(attempt)));
    }

    private WebhookEndpoint progressed(Status status, long upTo, int failures, Instant failingSince, Instant next) {
        return endpoint.withProgress(status, upTo, failures, failingSince, next);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
