package bankcore.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One attempt at delivering one event to one endpoint, as the delivery log keeps it.
 *
 * @param responseStatus the HTTP status the endpoint answered, or 0 when it could not be reached
 * @param error          why the attempt failed, empty when it succeeded
 */
public record WebhookDelivery(long id, long endpointId, long eventPosition, UUID eventId, EventType eventType,
                              int attempt, boolean delivered, int responseStatus, String error, Instant attemptedAt) {

    public WebhookDelivery {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(attemptedAt, "attemptedAt");
        error = error == null ? "" : error;
    }
}
