package bankcore.api.accounts;

import bankcore.api.view.Amounts;
import bankcore.core.domain.Money;
import bankcore.core.domain.StatementEntry;
import bankcore.core.domain.TransferKind;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

@Serdeable
@Schema(name = "StatementEntry")
public record StatementEntryView(
        @Schema(requiredMode = RequiredMode.REQUIRED) UUID transferId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-03-01T09:30:00Z") Instant postedAt,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "signed: negative when money left the account", example = "-25.00") String amount,
        @Schema(requiredMode = RequiredMode.REQUIRED, pattern = Amounts.DECIMAL_PATTERN,
                description = "the account's balance right after this entry", example = "75.00") String balanceAfter,
        @Schema(requiredMode = RequiredMode.REQUIRED, nullable = true, pattern = Amounts.DECIMAL_PATTERN,
                description = "the account's available balance right after this entry (balance_after - pending "
                        + "debits + credit limit, with the limit in force then): a hold lowers it, a void or an "
                        + "expiry gives it back, a capture spends the captured part and gives back the rest. Null "
                        + "only on entries written before the ledger kept it, when the limit then is not known",
                example = "70.00") String availableAfter,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "EUR") String currency,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "9") long counterpartyAccountId,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "rent for March") String description,
        @Schema(requiredMode = RequiredMode.REQUIRED, example = "posted",
                allowableValues = {"posted", "hold", "capture", "void", "expiry"},
                description = "what the entry did: `posted` and `capture` moved money; a `hold` reserved its amount "
                        + "(lowering the available balance, not the balance), a `void` or an `expiry` released it")
        String kind) {

    static StatementEntryView of(StatementEntry entry) {
        return new StatementEntryView(entry.transferId(), entry.postedAt(), entry.amount().toPlainString(),
                entry.balanceAfter().toPlainString(), entry.availableAfter().map(Money::toPlainString).orElse(null),
                entry.amount().currency().getCurrencyCode(),
                entry.counterpartyAccountId(), entry.description(), kindName(entry.kind()));
    }

    /** The kind as the API writes it, in JSON and in CSV. */
    static String kindName(TransferKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
