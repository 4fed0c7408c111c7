package bankcore.core.service;

import bankcore.core.domain.Event;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.port.in.ChangeFeed;
import bankcore.core.port.out.WebhookSender;
import bankcore.core.port.out.WebhookStore;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers the feed to every active endpoint, on threads of its own, so no transfer ever waits for a
 * receiver. Each endpoint has a {@link WebhookLane}: its events in order, one request in flight,
 * progress recorded in batches, under a lease so that one process at a time serves it. Up to
 * {@link Settings#parallelism()} endpoints are served at once; one that has much to catch up on
 * gives its thread to the others after a slice and queues again behind them.
 * <p>
 * A scheduling thread hands due lanes to the workers: woken at once when this process commits an
 * event, otherwise every {@link Settings#idle()} (for commits of other processes, retries that came
 * due, and changes to the endpoints, which it reads again at that pace). A failed attempt waits
 * 1 s, 2 s, 4 s ... (at most {@link Settings#longestRetry()}) before the next; an endpoint that has
 * failed for {@link Settings#giveUpAfter()} is disabled.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    /**
     * @param firstRetry   the wait after the first failure, doubled after each further one
     * @param longestRetry the longest wait between two attempts
     * @param giveUpAfter  how long an endpoint may fail before it is disabled
     * @param idle         how long the scheduler waits when this process commits nothing
     * @param lease        how long an endpoint stays this process's once claimed; more than twice the
     *                     sender's timeout, and the longest another process waits to take over from one that died
     * @param parallelism  how many endpoints are served at once
     */
    public record Settings(Duration firstRetry, Duration longestRetry, Duration giveUpAfter, Duration idle,
                           Duration lease, int parallelism) {
        public Settings {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
            }
            if (lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("the lease must be positive, got " + lease);
            }
        }

        public static Settings standard() {
            return new Settings(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(24),
                    Duration.ofMillis(200), Duration.ofSeconds(30), 8);
        }

        /** The wait after {@code failures} failed attempts in a row, before the next. */
        Duration backoff(int failures) {
            Duration wait = firstRetry;
            for (int i = 1; i < failures && wait.compareTo(longestRetry) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(longestRetry) < 0 ? wait : longestRetry;
        }
    }

    private final ChangeFeed feed;
    private final WebhookStore store;
    private final WebhookCourier courier;
    private final InstantSource clock;
    private final Settings settings;
    /** Its name in the leases: new each run, so a restarted process never takes a dead one's lease as its own. */
    private final String owner = "dispatcher-" + UUID.randomUUID();
    private final Map<Long, WebhookLane> lanes = new ConcurrentHashMap<>();
    /** The endpoints as last read, by id. */
    private volatile Map<Long, WebhookEndpoint> rows = Map.of();
    private final ExecutorService workers;
    private final Thread scheduler;
    private volatile boolean running = true;

    /** @param render the event's JSON body, as the API shows it */
    public WebhookDispatcher(ChangeFeed feed, WebhookStore store, WebhookSender sender,
                             Function<Event, String> render, Set<String> allowedHosts, InstantSource clock,
                             Settings settings) {
        this.feed = feed;
        this.store = store;
        this.courier = new WebhookCourier(sender, render, allowedHosts);
        this.clock = clock;
        this.settings = settings;
        AtomicInteger workerCount = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.parallelism(), task -> {
            Thread worker = new Thread(task, "bankcore-webhooks-" + workerCount.incrementAndGet());
            worker.setDaemon(true);
            return worker;
        });
        this.scheduler = new Thread(this::schedule, "bankcore-webhooks");
        this.scheduler.setDaemon(true);
    }

    public WebhookDispatcher start() {
        scheduler.start();
        return this;
    }

    /**
     * Stops scheduling, lets each request in flight end (within {@link #STOP_WAIT}), records what was
     * delivered, and gives up this dispatcher's leases so another process takes over at once.
     */
    @Override
    public void close() {
        running = false;
        scheduler.interrupt();
        try {
            if (scheduler.isAlive()) {
                scheduler.join(STOP_WAIT.toMillis());
            }
            workers.shutdown();
            if (!workers.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        for (WebhookLane lane : lanes.values()) {
            try {
                lane.stop();
            } catch (RuntimeException storeTrouble) {
                // the lease then runs out by itself
            }
        }
    }

    /**
     * One pass over the endpoints on the calling thread: each that is due is delivered to until it
     * is caught up, fails or ends its slice, and its progress recorded before the pass returns. What
     * the threads started by {@link #start()} do; an application (or a test on its own clock) may
     * call it itself instead.
     *
     * @return whether anything was done
     */
    public boolean deliverDue() {
        List<WebhookEndpoint> endpoints = readEndpoints();
        long lastPosition = feed.lastPosition();
        boolean worked = false;
        for (WebhookEndpoint row : endpoints) {
            WebhookLane lane = lane(row.id());
            if (lane.take()) {
                try {
                    worked |= lane.due(row, lastPosition) && runOnce(lane, row);
                } finally {
                    lane.free();
                }
            }
        }
        return worked;
    }

    private void schedule() {
        Instant refreshAt = Instant.MIN;
        while (running) {
            try {
                if (!clock.instant().isBefore(refreshAt)) {
                    readEndpoints();
                    refreshAt = clock.instant().plus(settings.idle());
                }
                if (rows.isEmpty()) {
                    Thread.sleep(settings.idle().toMillis()); // nothing to deliver: commits need not wake it
                    continue;
                }
                long lastPosition = feed.lastPosition();
                for (WebhookEndpoint row : rows.values()) {
                    handOverIfDue(lane(row.id()), lastPosition);
                }
                feed.awaitAfter(lastPosition, settings.idle());
            } catch (InterruptedException closing) {
                return;
            } catch (RuntimeException storeTrouble) {
                // The store failed (busy, closing): nothing was recorded, so the same work is found again.
                if (!pause()) {
                    return;
                }
            }
        }
    }

    /** Gives the lane to a worker when nobody runs it and something may be owed. */
    private void handOverIfDue(WebhookLane lane, long lastPosition) {
        if (!running || !lane.take()) {
            return;
        }
        WebhookEndpoint row = rows.get(lane.id());
        try {
            if (row != null && lane.due(row, lastPosition)) {
                workers.execute(() -> serve(lane, row));
                return;
            }
        } catch (RejectedExecutionException stopping) {
            // close() has begun: the lane stays where its last recording left it
        }
        lane.free();
    }

    /** On a worker: one slice; when it did something, the lane queues again behind the others. */
    private void serve(WebhookLane lane, WebhookEndpoint row) {
        boolean worked = false;
        try {
            worked = lane.run(row, () -> running, false);
        } catch (RuntimeException storeTrouble) {
            lane.forget(); // the scheduler comes back to it from what the store recorded
        } finally {
            lane.free();
        }
        try {
            if (worked) {
                handOverIfDue(lane, feed.lastPosition());
            }
        } catch (RuntimeException storeTrouble) {
            // the scheduler comes back to it
        }
    }

    private boolean runOnce(WebhookLane lane, WebhookEndpoint row) {
        try {
            return lane.run(row, () -> running, true);
        } catch (RuntimeException storeTrouble) {
            lane.forget();
            throw storeTrouble;
        }
    }

    private List<WebhookEndpoint> readEndpoints() {
        List<WebhookEndpoint> endpoints = store.endpoints();
        rows = endpoints.stream().collect(Collectors.toUnmodifiableMap(WebhookEndpoint::id, e -> e));
        lanes.keySet().retainAll(rows.keySet());
        return endpoints;
    }

    private WebhookLane lane(long id) {
        return lanes.computeIfAbsent(id, key -> new WebhookLane(key, owner, store, feed, courier, clock, settings));
    }

    private boolean pause() {
        try {
            Thread.sleep(settings.idle().toMillis());
            return true;
        } catch (InterruptedException closing) {
            return false;
        }
    }
}
