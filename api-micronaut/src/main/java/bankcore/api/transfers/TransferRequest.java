package bankcore.api.transfers;

import io.micronaut.core.annotation.Nullable;
import bankcore.api.view.Amounts;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "TransferRequest",
        example = "{\"receiver_id\": 4, \"amount\": \"25.00\", \"description\": \"rent for March\"}",
        description = "Name the receiver by customer (receiver_id) or by account "
        + "(to_account_id), not both. Without from_account_id the money leaves the caller's oldest account in the "
        + "currency; without currency it is that of from_account_id, or the bank's default.")
public record TransferRequest(
        @Nullable @Schema(description = "the customer who receives the money", example = "4") Long receiverId,
        @Nullable @Schema(description = "the account that receives the money", example = "9") Long toAccountId,
        @NotNull @Schema(ref = Amounts.SCHEMA)
        String amount,
        @Nullable @Pattern(regexp = "[A-Z]{3}") @Schema(example = "EUR") String currency,
        @Nullable @Schema(description = "one of the caller's accounts", example = "7") Long fromAccountId,
        @Nullable @Size(max = 500) @Schema(example = "rent for March") String description,
        @Nullable @Schema(description = "true: hold the amount instead of moving it; capture or void it later, or "
                + "it expires after timeout_seconds", defaultValue = "false") Boolean pending,
        @Nullable @Min(1) @Max(TransferRequest.MAX_TIMEOUT_SECONDS)
        // The default is stated in words, not as a schema default: generated clients fill a schema default in
        // and would send a timeout with every transfer, which is refused for one that is not pending.
        @Schema(description = "how long a pending transfer holds its amount (with pending: true only); "
                + "604800 (7 days) when not given", example = "3600") Integer timeoutSeconds,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing (not in batch items)",
                defaultValue = "false") Boolean dryRun) {

    static final int MAX_TIMEOUT_SECONDS = 2_592_000;

    boolean isPending() {
        return Boolean.TRUE.equals(pending);
    }

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    /** Exactly one of receiver_id and to_account_id names where the money goes. */
    boolean namesReceiverOnce() {
        return (receiverId == null) != (toAccountId == null);
    }
}
