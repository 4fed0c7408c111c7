package bankcore.api.transfers;

import bankcore.api.view.Amounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "CaptureRequest", description = "Optional: without an amount the whole hold is captured.")
public record CaptureRequest(
        @Nullable @Schema(ref = Amounts.SCHEMA, description = "at most the held amount; the rest is released")
        String amount,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {
}
