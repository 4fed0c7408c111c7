package bankcore.api.transfers;

import bankcore.api.view.Amounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
@Schema(name = "CaptureBatchRequest", description = "1 to 1,000 pending transfers to capture together, all or none.",
        example = "{\"items\": [{\"transfer_id\": \"0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10\"}, "
                + "{\"transfer_id\": \"5d0c7c1e-2f9a-4b83-8e1d-3c6a9b0f4e27\", \"amount\": \"12.50\"}]}")
public record CaptureBatchRequest(
        @NotNull @Size(min = 1, max = TransferBatchRequest.MAX_ITEMS) @Valid List<Item> items,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {

    @Serdeable
    @Schema(name = "CaptureItemRequest", description = "One hold to capture: all of it, or the amount given (the rest "
            + "released).")
    public record Item(
            @NotNull @Schema(format = "uuid", description = "the pending transfer",
                    example = "0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10") String transferId,
            @Nullable @Schema(ref = Amounts.SCHEMA, nullable = false) String amount) {
    }
}
