package bankcore.api.transfers;

import bankcore.api.view.Amounts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * The seed's transfer body: to a customer, in the default currency; without {@code dry_run} exactly the seed's.
 * Amounts bind to {@code String} in every request: Micronaut Serde hands over a JSON number's exact text, so no
 * double ever holds an amount, and the core's {@code Money.parse} applies the rules (plain decimal, minor digits).
 */
@Serdeable
@Schema(name = "SeedTransferRequest", example = "{\"receiver_id\": 4, \"amount\": 25.50}")
public record SeedTransferRequest(
        @NotNull @Schema(description = "the customer (user id) who receives the money", example = "4") Long receiverId,
        @NotNull @Schema(ref = Amounts.SCHEMA) String amount,
        @Nullable @Schema(description = "true: answer what would happen, and write nothing", defaultValue = "false")
        Boolean dryRun) {
}
