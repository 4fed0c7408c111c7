package bankcore.api.accounts;

import io.micronaut.core.annotation.Nullable;
import bankcore.api.view.Amounts;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A deposit or a withdrawal, in the account's currency, against the bank's cash account. */
@Serdeable
@Schema(name = "CashRequest", example = "{\"amount\": \"100.00\", \"description\": \"cash at the counter\"}")
public record CashRequest(
        @NotNull @Schema(ref = Amounts.SCHEMA)
        String amount,
        @Nullable @Size(max = 500) @Schema(example = "cash at the counter") String description,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {
}
