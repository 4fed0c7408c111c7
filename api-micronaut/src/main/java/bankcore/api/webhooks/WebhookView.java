package bankcore.api.webhooks;

import bankcore.core.domain.WebhookEndpoint;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.List;

/** An endpoint as the list shows it: never its secret. */
@Serdeable
@Schema(name = "Webhook")
record WebhookView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "1") long id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "https://hooks.example.com/bankcore") String url,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"transfer.*\"]") List<String> events,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "the ledger's copy in the warehouse") String description,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "ACTIVE", allowableValues = {"ACTIVE", "DISABLED"},
                description = "DISABLED once deliveries have failed for 24 hours") String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:00Z") Instant createdAt) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id(), endpoint.url().toString(), endpoint.events(), endpoint.description(),
                endpoint.status().name(), endpoint.createdAt());
    }
}
