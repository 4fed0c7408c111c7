package bankcore.api.webhooks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
@Schema(name = "WebhookRequest")
record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "http(s) URL on a host in BANK_WEBHOOK_ALLOWED_HOSTS",
                example = "https://hooks.example.com/bankcore") String url,
        @NotNull @NotEmpty @Size(max = 20)
        @ArraySchema(schema = @Schema(example = "transfer.*", description = "an event type, a family such as "
                + "`transfer.*`, or `*`")) List<@NotBlank String> events,
        @Nullable @Size(max = 500) @Schema(example = "the ledger's copy in the warehouse", nullable = true)
        String description) {
}
