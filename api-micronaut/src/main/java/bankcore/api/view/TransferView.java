package bankcore.api.view;

import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.domain.TransferStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
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
        @Schema(description = "the transfer this one undoes, when it is a reversal", nullable = true) UUID reverses,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "posted",
                allowableValues = {"posted", "pending", "captured", "voided", "expired"},
                description = "`posted` for a transfer that moved money (a capture too); a hold is `pending` until it "
                        + "is `captured`, `voided` or `expired`; the entry that releases a hold says `voided` or "
                        + "`expired`") String status,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "when a hold expires if nobody captures or voids it; holds only", nullable = true,
                example = "2026-03-08T09:30:00Z") Instant expiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the hold this transfer captures; captures only", nullable = true) UUID captures,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "the hold this entry released (a void or an expiry); releases only", nullable = true)
        UUID releases) {

    /** The transfer where it stands now, as {@code LedgerQueries.status} says. */
    public static TransferView of(Transfer transfer, TransferStatus status) {
        UUID ended = transfer.ends();
        boolean capture = transfer.kind() == TransferKind.CAPTURE;
        return new TransferView(transfer.id(), transfer.debitAccountId(), transfer.creditAccountId(),
                transfer.amount().toPlainString(), transfer.amount().currency().getCurrencyCode(),
                transfer.description(), transfer.createdAt(), transfer.reverses(),
                status.name().toLowerCase(Locale.ROOT), transfer.expiresAt(), capture ? ended : null,
                capture ? null : ended);
    }

    /**
     * The transfer as it stood when it was written: a new hold is pending. What a request that wrote it
     * answers, the first time and on every replay of its Idempotency-Key alike.
     */
    public static TransferView asWritten(Transfer transfer) {
        return of(transfer, TransferStatus.of(transfer, Optional.empty()));
    }
}
