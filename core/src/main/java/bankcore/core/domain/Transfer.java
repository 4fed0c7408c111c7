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
 * <p>Beside the balances, each entry keeps what both accounts had on hold and could borrow right
 * after it ({@link HoldsAndLimit}), so a statement line shows the available balance then, and the
 * pending totals as of any instant are a look-up too. They are state, like the balances, but unlike
 * them they are outside the hash: the verifier replays the holds and checks them instead.
 *
 * @param reverses the transfer this one undoes, or {@code null}
 * @param ends the hold this entry ends, or {@code null}
 * @param expiresAt when a hold expires; {@code null} for every other kind
 * @param debitHoldsAfter the debit account's holds and limit right after this entry
 * @param creditHoldsAfter the credit account's holds and limit right after this entry
 */
public record Transfer(UUID id, long sequence, long debitAccountId, long creditAccountId, Money amount,
                       String description, Instant createdAt, UUID reverses,
                       long debitBalanceAfterMinor, long creditBalanceAfterMinor, String hash,
                       TransferKind kind, UUID ends, Instant expiresAt,
                       HoldsAndLimit debitHoldsAfter, HoldsAndLimit creditHoldsAfter) {

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
        Objects.requireNonNull(debitHoldsAfter, "debitHoldsAfter");
        Objects.requireNonNull(creditHoldsAfter, "creditHoldsAfter");
        if (kind.endsHold() != (ends != null) || (kind == TransferKind.HOLD) != (expiresAt != null)) {
            throw new IllegalArgumentException("a " + kind + " entry has ends=" + ends + " and expiresAt=" + expiresAt);
        }
    }

    /**
     * A plain transfer between accounts with no holds and no credit line: the shape of every entry
     * written before two-phase transfers existed.
     */
    public Transfer(UUID id, long sequence, long debitAccountId, long creditAccountId, Money amount,
                    String description, Instant createdAt, UUID reverses,
                    long debitBalanceAfterMinor, long creditBalanceAfterMinor, String hash) {
        this(id, sequence, debitAccountId, creditAccountId, amount, description, createdAt, reverses,
                debitBalanceAfterMinor, creditBalanceAfterMinor, hash, TransferKind.POSTED, null, null,
                HoldsAndLimit.NONE, HoldsAndLimit.NONE);
    }

    public Transfer withHash(String newHash) {
        return new Transfer(id, sequence, debitAccountId, creditAccountId, amount, description, createdAt, reverses,
                debitBalanceAfterMinor, creditBalanceAfterMinor, newHash, kind, ends, expiresAt, debitHoldsAfter,
                creditHoldsAfter);
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

    /** The holds and limit of {@code accountId} right after this transfer. */
    public HoldsAndLimit holdsAfter(long accountId) {
        if (debitAccountId == accountId) {
            return debitHoldsAfter;
        }
        if (creditAccountId == accountId) {
            return creditHoldsAfter;
        }
        throw new IllegalArgumentException("transfer " + id + " does not involve account " + accountId);
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
