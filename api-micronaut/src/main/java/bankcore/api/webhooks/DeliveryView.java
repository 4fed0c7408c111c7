package bankcore.api.webhooks;

import bankcore.core.domain.WebhookDelivery;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.UUID;

@Serdeable
@Schema(name = "WebhookDelivery", description = "One attempt at delivering one event")
record DeliveryView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "12") long id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "6f1c1e0a-4b7e-3a55-9b7d-5f2d2a0c9e11",
                description = "the event's id, sent as webhook-id") UUID eventId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "42") long eventPosition,
        @Schema(requiredMode = RequiredMode.REQUIRED, ref = "#/components/schemas/EventType") String eventType,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "1", description = "1 for the first try") int attempt,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "delivered", allowableValues = {"delivered",
                "failed"}) String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "204",
                description = "what the endpoint answered; 0 when it could not be reached") int responseStatus,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "", description = "why it failed; empty when delivered")
        String error,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:01Z") Instant attemptedAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id(), d.eventId(), d.eventPosition(), d.eventType().wireName(), d.attempt(),
                d.delivered() ? "delivered" : "failed", d.responseStatus(), d.error(), d.attemptedAt());
    }
}
