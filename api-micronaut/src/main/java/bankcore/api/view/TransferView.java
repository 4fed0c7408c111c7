package bankcore.api.view;

import bankcore.core.domain.Transfer;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.UUID;

@Serdeable
@Schema(name = "Transfer")
public record TransferView(
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "0b8f2f3e-6c1d-4a61-9a43-8f0e7b7f2a10") UUID id,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "7") long fromAccountId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "9") long toAccountId,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "decimal string with the currency's minor digits", example = "25.00") String amount,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "rent for March") String description,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:00Z") Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the transfer this one undoes, when it is a reversal", nullable = true) UUID reverses) {

    public static TransferView of(Transfer transfer) {
        return new TransferView(transfer.id(), transfer.debitAccountId(), transfer.creditAccountId(),
                transfer.amount().toPlainString(), transfer.amount().currency().getCurrencyCode(),
                transfer.description(), transfer.createdAt(), transfer.reverses());
    }
}
