package bankcore.api.transfers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "ReversalRequest", description = "Optional: without a description the reversal says which "
        + "transfer it undoes.")
public record ReversalRequest(
        @Nullable @Size(max = 500) @Schema(example = "refund: charged twice") String description,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {
}
