package bankcore.core.port.in;

import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.TransferMoney.Posted;

import java.util.Objects;
import java.util.Optional;

/**
 * Cash in and out of the bank: a deposit is a transfer from the bank's cash account of that
 * currency, a withdrawal one back to it, so the ledger always sums to zero.
 */
public interface MoveCash {

    Posted deposit(CashCommand command);

    /** Refused with {@code INSUFFICIENT_FUNDS} beyond the balance. */
    Posted withdraw(CashCommand command);

    record CashCommand(long accountId, Money amount, String description, Optional<IdempotencyKey> idempotencyKey) {
        public CashCommand {
            Transfer.requireTransferable(amount);
            description = Transfer.requireDescription(description);
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }

        public static CashCommand of(long accountId, Money amount, String description) {
            return new CashCommand(accountId, amount, description, Optional.empty());
        }
    }
}
