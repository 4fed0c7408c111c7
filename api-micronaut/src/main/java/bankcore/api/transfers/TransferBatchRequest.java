package bankcore.api.transfers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

@Serdeable
@Schema(name = "TransferBatchRequest",
        example = "{\"atomic\": true, \"transfers\": [{\"receiver_id\": 4, \"amount\": \"25.00\", \"description\": "
                + "\"rent for March\"}, {\"to_account_id\": 9, \"amount\": 12.5, \"description\": \"electricity\"}]}",
        description = "1 to 1,000 transfers, shaped like POST /transfers bodies, in a "
        + "body of at most 1 MiB.")
public record TransferBatchRequest(
        @Nullable @Schema(description = "true (the default): all or nothing; false: each on its own",
                defaultValue = "true") Boolean atomic,
        @NotNull @Size(min = 1, max = TransferBatchRequest.MAX_ITEMS) @Valid List<TransferRequest> transfers,
        @Nullable @Schema(description = "true: answer what the batch would do, and write nothing",
                defaultValue = "false") Boolean dryRun) {

    public static final int MAX_ITEMS = 1000;

    boolean allOrNothing() {
        return atomic == null || atomic;
    }
}
