package bankcore.core.domain;

/**
 * What a journal entry does. {@code POSTED} and {@code CAPTURE} move both balances; the others move
 * none: a {@code HOLD} reserves its amount on the debit side until a {@code CAPTURE}, a {@code VOID}
 * or an {@code EXPIRY} ends it, each pointing at the hold it ends.
 */
public enum TransferKind {
    POSTED,
    HOLD,
    CAPTURE,
    VOID,
    EXPIRY;

    /** Whether an entry of this kind moves money from the debit to the credit account. */
    public boolean movesBalances() {
        return this == POSTED || this == CAPTURE;
    }

    /** Whether an entry of this kind ends a hold (and so names it in {@code ends}). */
    public boolean endsHold() {
        return this == CAPTURE || this == VOID || this == EXPIRY;
    }
}
