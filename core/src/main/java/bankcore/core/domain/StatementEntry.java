package bankcore.core.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an account's statement: a transfer seen from that account, with a signed amount
 * (negative when money left, or would leave it) and the running balance right after it. Holds,
 * voids and expiries are lines too ({@code kind}); they leave the balance as it was.
 */
public record StatementEntry(UUID transferId, long sequence, Instant postedAt, Money amount, Money balanceAfter,
                             long counterpartyAccountId, String description, TransferKind kind) {

    public static StatementEntry of(Transfer transfer, long accountId) {
        boolean outgoing = transfer.debitAccountId() == accountId;
        Money amount = outgoing ? transfer.amount().negate() : transfer.amount();
        long counterparty = outgoing ? transfer.creditAccountId() : transfer.debitAccountId();
        Money balanceAfter = Money.of(transfer.balanceAfterMinor(accountId), transfer.amount().currency());
        return new StatementEntry(transfer.id(), transfer.sequence(), transfer.createdAt(), amount, balanceAfter,
                counterparty, transfer.description(), transfer.kind());
    }
}
