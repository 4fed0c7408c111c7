package bankcore.api.transfers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
@Schema(name = "VoidBatchRequest", description = "1 to 1,000 pending transfers to void together, all or none.",
        example = "{\"transfer_ids\": [\"0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10\", "
                + "\"5d0c7c1e-2f9a-4b83-8e1d-3c6a9b0f4e27\"]}")
public record VoidBatchRequest(
        @NotNull @Size(min = 1, max = TransferBatchRequest.MAX_ITEMS)
        @ArraySchema(minItems = 1, maxItems = TransferBatchRequest.MAX_ITEMS, schema = @Schema(format = "uuid",
                description = "a pending transfer", example = "0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10"))
        List<@NotNull String> transferIds,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {
}
