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
 * <p>Most entries are {@link TransferKind#POSTED}. A two-phase transfer is a {@code HOLD} entry (its
 * {@code expiresAt} set), later ended once by a {@code CAPTURE}, {@code VOID} or {@code EXPIRY} entry
 * whose {@code ends} names the hold; only a capture moves balances.
 *
 * @param reverses the transfer this one undoes, or {@code null}
 * @param ends the hold this entry ends, or {@code null}
 * @param expiresAt when a hold expires; {@code null} for every other kind
 */
public record Transfer(UUID id, long sequence, long debitAccountId, long creditAccountId, Money amount,
                       String description, Instant createdAt, UUID reverses,
                       long debitBalanceAfterMinor, long creditBalanceAfterMinor, String hash,
                       TransferKind kind, UUID ends, Instant expiresAt) {

    public static final int MAX_DESCRIPTION_LENGTH = 500;
    /** Ten trillion in major units: far above any real payment, far below a long's overflow when summed. */
    public static final long MAX_AMOUNT_MINOR = 1_000_000_000_000_000L;

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(hash, "hash");
        description = requireDescription(description);
        Objects.requireNonNull(kind, "kind");
        if (kind.endsHold() != (ends != null) || (kind == TransferKind.HOLD) != (expiresAt != null)) {
            throw new IllegalArgumentException("a " + kind + " entry has ends=" + ends + " and expiresAt=" + expiresAt);
        }
    }

    /** A plain transfer: the shape of every entry written before two-phase transfers existed. */
    public Transfer(UUID id, long sequence, long debitAccountId, long creditAccountId, Money amount,
                    String description, Instant createdAt, UUID reverses,
                    long debitBalanceAfterMinor, long creditBalanceAfterMinor, String hash) {
        this(id, sequence, debitAccountId, creditAccountId, amount, description, createdAt, reverses,
                debitBalanceAfterMinor, creditBalanceAfterMinor, hash, TransferKind.POSTED, null, null);
    }

    public Transfer withHash(String newHash) {
        return new Transfer(id, sequence, debitAccountId, creditAccountId, amount, description, createdAt, reverses,
                debitBalanceAfterMinor, creditBalanceAfterMinor, newHash, kind, ends, expiresAt);
    }

    public boolean isHold() {
        return kind == TransferKind.HOLD;
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
