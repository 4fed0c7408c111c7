package bankcore.api.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A deposit or a withdrawal, in the account's currency, against the bank's cash account. */
@Serdeable
@Schema(name = "CashRequest")
public record CashRequest(
        @NotNull @Schema(description = "a JSON number or a decimal string", type = "string", example = "100.00")
        String amount,
        @Nullable @Size(max = 500) @Schema(example = "cash at the counter") String description) {
}
