package bankcore.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One immutable entry of the journal: {@code amount} left the debit account and reached the credit
 * account at {@code createdAt}. Nothing is ever updated or deleted; a mistake is undone by a new
 * transfer whose {@code reverses} points at the original.
 *
 * <p>Each entry keeps both accounts' balances after it (so statements and balance-as-of are look-ups)
 * and its place in the journal: a gap-free {@code sequence} and a {@code hash} chained to the previous
 * entry's (see {@link JournalHash}). An idempotency key, when a caller gave one, is stored beside the
 * transfer in the same database transaction rather than in it, because it belongs to the request.
 *
 * @param reverses the transfer this one undoes, or {@code null}
 */
public record Transfer(UUID id, long sequence, long debitAccountId, long creditAccountId, Money amount,
                       String description, Instant createdAt, UUID reverses,
                       long debitBalanceAfterMinor, long creditBalanceAfterMinor, String hash) {

    public static final int MAX_DESCRIPTION_LENGTH = 500;
    /** Ten trillion in major units: far above any real payment, far below a long's overflow when summed. */
    public static final long MAX_AMOUNT_MINOR = 1_000_000_000_000_000L;

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(hash, "hash");
        description = requireDescription(description);
    }

    /** Refuses a transfer amount that is zero, negative or absurdly large, before anything is written. */
    public static Money requireTransferable(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw Refusal.INVALID_AMOUNT.because("amount must be greater than zero, got " + amount);
        }
        if (amount.amountMinor() > MAX_AMOUNT_MINOR) {
            throw Refusal.AMOUNT_OUT_OF_RANGE.because("amount " + amount + " exceeds the largest single transfer");
        }
        return amount;
    }

    /** A description is optional (empty when absent), at most 500 characters, without control characters. */
    public static String requireDescription(String description) {
        if (description == null) {
            return "";
        }
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw Refusal.INVALID_ARGUMENT.because("description must be at most " + MAX_DESCRIPTION_LENGTH
                    + " characters");
        }
        // Line breaks and tabs are how people lay out a longer description.
        return Text.requirePrintable(description, "description", "\n\t");
    }

    public boolean involves(long accountId) {
        return debitAccountId == accountId || creditAccountId == accountId;
    }

    /** The balance of {@code accountId} right after this transfer. */
    public long balanceAfterMinor(long accountId) {
        if (debitAccountId == accountId) {
            return debitBalanceAfterMinor;
        }
        if (creditAccountId == accountId) {
            return creditBalanceAfterMinor;
        }
        throw new IllegalArgumentException("transfer " + id + " does not involve account " + accountId);
    }
}
