package bankcore.api.transfers;

import bankcore.api.view.Amounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "CaptureRequest", description = "Optional: without an amount the whole hold is captured; an amount "
        + "is at most the held amount, and the rest is released.")
public record CaptureRequest(
        @Nullable @Schema(ref = Amounts.SCHEMA, nullable = false) String amount,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {
}
