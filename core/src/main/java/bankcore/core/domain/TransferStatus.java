package bankcore.core.domain;

import java.util.Optional;

/**
 * Where a transfer stands, as callers see it: a plain transfer or a capture is {@code POSTED}; a
 * hold is {@code PENDING} until the entry that ends it says {@code CAPTURED}, {@code VOIDED} or
 * {@code EXPIRED}. Void and expiry entries are the releases of a hold and carry its final status.
 */
public enum TransferStatus {
    POSTED,
    PENDING,
    CAPTURED,
    VOIDED,
    EXPIRED;

    /**
     * @param ending the entry that ended {@code transfer}, when it is a hold that was ended
     */
    public static TransferStatus of(Transfer transfer, Optional<Transfer> ending) {
        return switch (transfer.kind()) {
            case POSTED, CAPTURE -> POSTED;
            case VOID -> VOIDED;
            case EXPIRY -> EXPIRED;
            case HOLD -> ending.map(end -> ended(end.kind())).orElse(PENDING);
        };
    }

    private static TransferStatus ended(TransferKind endingKind) {
        return switch (endingKind) {
            case CAPTURE -> CAPTURED;
            case VOID -> VOIDED;
            case EXPIRY -> EXPIRED;
            case POSTED, HOLD -> throw new IllegalStateException("a " + endingKind + " entry ends no hold");
        };
    }
}
