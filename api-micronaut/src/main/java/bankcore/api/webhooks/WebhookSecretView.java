package bankcore.api.webhooks;

import bankcore.core.domain.WebhookEndpoint;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.util.List;

/** An endpoint with its signing secret: the answer to registering it or rotating its secret, and nothing else. */
@Serdeable
@Schema(name = "WebhookWithSecret")
record WebhookSecretView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "1") long id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "https://hooks.example.com/bankcore") String url,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "[\"transfer.*\"]") List<String> events,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "ACTIVE", allowableValues = {"ACTIVE", "DISABLED"})
        String status,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^whsec_[A-Za-z0-9+/=]+$",
                description = "the Standard Webhooks signing secret; shown only in this answer",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    static WebhookSecretView of(WebhookEndpoint endpoint) {
        return new WebhookSecretView(endpoint.id(), endpoint.url().toString(), endpoint.events(),
                endpoint.status().name(), endpoint.secret());
    }
}
