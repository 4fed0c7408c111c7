package bankcore.core.service;

import bankcore.core.domain.Event;
import bankcore.core.domain.WebhookDelivery;
import bankcore.core.domain.WebhookEndpoint;
import bankcore.core.domain.WebhookEndpoint.Status;
import bankcore.core.port.out.EventReader;
import bankcore.core.port.out.WebhookSender;
import bankcore.core.port.out.WebhookStore;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Delivers the feed to every active endpoint, on one thread of its own, so no transfer ever waits
 * for a receiver. Per endpoint it owes the first selected event after {@code deliveredUpTo}, and
 * only that one until a 2xx comes back: deliveries are in order. The attempt and the progress are
 * recorded in the store after the request, so after a crash the owed event is sent again: at least
 * once. A failed attempt waits 1 s, 2 s, 4 s ... (at most an hour) before the next; an endpoint
 * that has failed for 24 hours is disabled.
 */
public final class WebhookDispatcher implements AutoCloseable {
    private static final int READ_AHEAD = 100;

    /**
     * @param firstRetry the wait after the first failure, doubled after each further one
     * @param longestRetry the longest wait between two attempts
     * @param giveUpAfter how long an endpoint may fail before it is disabled
     * @param idle how long to wait when nothing is owed
     */
    public record Settings(Duration firstRetry, Duration longestRetry, Duration giveUpAfter, Duration idle) {
        public static Settings standard() {
            return new Settings(Duration.ofSeconds(1), Duration.ofHours(1), Duration.ofHours(24),
                    Duration.ofMillis(200));
        }
    }

    private final EventReader events;
    private final WebhookStore store;
    private final WebhookSender sender;
    private final Function<Event, String> render;
    private final WebhookService.WebhookHosts hosts;
    private final InstantSource clock;
    private final Settings settings;
    private final Thread thread;
    private volatile boolean running = true;

    /** @param render the event's JSON body, as the API shows it */
    public WebhookDispatcher(EventReader events, WebhookStore store, WebhookSender sender,
                             Function<Event, String> render, Set<String> allowedHosts, InstantSource clock,
                             Settings settings) {
        this.events = events;
        this.store = store;
        this.sender = sender;
        this.render = render;
        this.hosts = new WebhookService.WebhookHosts(allowedHosts);
        this.clock = clock;
        this.settings = settings;
        this.thread = new Thread(this::run, "bankcore-webhooks");
        this.thread.setDaemon(true);
    }

    public WebhookDispatcher start() {
        thread.start();
        return this;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One pass over the endpoints: for each active one that is due, one attempt (or a skip over events
     * it does not want). What the thread started by {@link #start()} repeats; an application may call it
     * itself instead.
     *
     * @return whether anything was done
     */
    public boolean deliverDue() {
        boolean worked = false;
        for (WebhookEndpoint endpoint : store.endpoints()) {
            if (endpoint.status() == Status.ACTIVE && !now().isBefore(endpoint.nextAttemptAt())) {
                worked |= step(endpoint);
            }
        }
        return worked;
    }

    private void run() {
        while (running) {
            boolean worked;
            try {
                worked = deliverDue();
            } catch (RuntimeException storeTrouble) {
                // The store failed (busy, closing): nothing was recorded, so the same step is taken again later.
                worked = false;
            }
            if (!worked && !pause()) {
                return;
            }
        }
    }

    /** @return whether anything was done (an attempt, or events skipped) */
    private boolean step(WebhookEndpoint endpoint) {
        List<Event> next = events.events(endpoint.deliveredUpTo(), READ_AHEAD);
        Optional<Event> owed = next.stream().filter(event -> endpoint.wants(event.type())).findFirst();
        if (owed.isEmpty()) {
            if (!next.isEmpty()) {
                store.recordProgress(endpoint.withProgress(Status.ACTIVE, next.get(next.size() - 1).position(),
                        endpoint.failures(), endpoint.failingSince(), endpoint.nextAttemptAt()), null);
            }
            return !next.isEmpty();
        }
        attempt(endpoint, owed.get());
        return true;
    }

    private void attempt(WebhookEndpoint endpoint, Event event) {
        Instant now = now();
        int status = 0;
        String error = "";
        if (!hosts.allows(endpoint.url())) {
            error = "host not allowed (BANK_WEBHOOK_ALLOWED_HOSTS)";
        } else {
            try {
                String body = render.apply(event);
                status = sender.post(endpoint.url(), headers(endpoint, event, now, body), body);
                error = status / 100 == 2 ? "" : "answered " + status;
            } catch (IOException unreachable) {
                error = unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage();
            }
        }
        boolean delivered = error.isEmpty();
        int attempt = endpoint.failures() + 1;
        WebhookDelivery delivery = new WebhookDelivery(0, endpoint.id(), event.position(), event.id(), event.type(),
                attempt, delivered, status, error, now);
        store.recordProgress(delivered ? endpoint.withProgress(Status.ACTIVE, event.position(), 0, null, now)
                : failed(endpoint, attempt, now), delivery);
    }

    private WebhookEndpoint failed(WebhookEndpoint endpoint, int attempt, Instant now) {
        Instant since = endpoint.failingSince() == null ? now : endpoint.failingSince();
        Status status = Duration.between(since, now).compareTo(settings.giveUpAfter()) >= 0 ? Status.DISABLED
                : Status.ACTIVE;
        return endpoint.withProgress(status, endpoint.deliveredUpTo(), attempt, since, now.plus(backoff(attempt)));
    }

    Duration backoff(int attempt) {
        Duration wait = settings.firstRetry();
        for (int i = 1; i < attempt && wait.compareTo(settings.longestRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.longestRetry()) < 0 ? wait : settings.longestRetry();
    }

    private static Map<String, String> headers(WebhookEndpoint endpoint, Event event, Instant now, String body) {
        long timestamp = now.getEpochSecond();
        String messageId = event.id().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSignature.sign(endpoint.secret(), messageId, timestamp, body));
        return headers;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
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
