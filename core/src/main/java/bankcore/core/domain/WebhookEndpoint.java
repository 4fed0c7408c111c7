package bankcore.core.domain;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where an operator wants the feed's events delivered, with the delivery's progress: the position
 * delivered up to (every event after it that the patterns select is still owed, in order), how many
 * attempts at the next one failed, since when, and when to try again. A pattern is an event type
 * ({@code transfer.posted}), a family ({@code transfer.*}) or {@code *}.
 *
 * @param failingSince when the first failed attempt at the owed event was made; null while deliveries succeed
 */
public record WebhookEndpoint(long id, URI url, List<String> events, String description, Status status,
                              String secret, Instant createdAt, long deliveredUpTo, int failures,
                              Instant failingSince, Instant nextAttemptAt) {

    public enum Status { ACTIVE, DISABLED }

    public WebhookEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        events = List.copyOf(events);
        description = description == null ? "" : description;
    }

    public boolean wants(EventType type) {
        return events.stream().anyMatch(pattern -> pattern.equals("*") || pattern.equals(type.wireName())
                || pattern.endsWith(".*") && type.wireName().startsWith(pattern.substring(0, pattern.length() - 1)));
    }

    public WebhookEndpoint withId(long newId) {
        return new WebhookEndpoint(newId, url, events, description, status, secret, createdAt, deliveredUpTo, failures,
                failingSince, nextAttemptAt);
    }

    public WebhookEndpoint withSecret(String newSecret) {
        return new WebhookEndpoint(id, url, events, description, status, newSecret, createdAt, deliveredUpTo, failures,
                failingSince, nextAttemptAt);
    }

    /** The progress after an attempt, or after skipping events the patterns do not select. */
    public WebhookEndpoint withProgress(Status newStatus, long newDeliveredUpTo, int newFailures,
                                        Instant newFailingSince, Instant newNextAttemptAt) {
        return new WebhookEndpoint(id, url, events, description, newStatus, secret, createdAt, newDeliveredUpTo,
                newFailures, newFailingSince, newNextAttemptAt);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "WebhookEndpoint[id=" + id + ", url=" + url + ", events=" + events + ", status=" + status + "]";
    }
}
