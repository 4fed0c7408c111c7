package bankcore.core.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One line of an account's statement: a transfer seen from that account, with a signed amount
 * (negative when money left, or would leave it), the running balance right after it and the
 * available balance right after it. Holds, voids and expiries are lines too ({@code kind}); they
 * leave the balance as it was and move the available balance: a hold lowers it on the paying
 * account, a void or an expiry gives it back, and a capture spends the captured part and gives back
 * the rest.
 *
 * @param availableAfter balance − pending debits + credit limit right after the entry, with the limit
 *                       in force when it was written; empty when the journal does not know that limit
 *                       (see {@link HoldsAndLimit#creditLimitMinor()})
 */
public record StatementEntry(UUID transferId, long sequence, Instant postedAt, Money amount, Money balanceAfter,
                             Optional<Money> availableAfter, long counterpartyAccountId, String description,
                             TransferKind kind) {

    public static StatementEntry of(Transfer transfer, long accountId) {
        boolean outgoing = transfer.debitAccountId() == accountId;
        Money amount = outgoing ? transfer.amount().negate() : transfer.amount();
        long counterparty = outgoing ? transfer.creditAccountId() : transfer.debitAccountId();
        long balanceAfterMinor = transfer.balanceAfterMinor(accountId);
        Currency currency = transfer.amount().currency();
        OptionalLong available = transfer.holdsAfter(accountId).availableMinor(balanceAfterMinor);
        Optional<Money> availableAfter = available.isPresent()
                ? Optional.of(Money.of(available.getAsLong(), currency)) : Optional.empty();
        return new StatementEntry(transfer.id(), transfer.sequence(), transfer.createdAt(), amount,
                Money.of(balanceAfterMinor, currency), availableAfter, counterparty, transfer.description(),
                transfer.kind());
    }
}
