package bankcore.core.domain;

import java.util.UUID;

/** A capture or void of a transfer that is not pending: it was never a hold, or it has ended already. */
public final class TransferNotPendingException extends LedgerException {
    private final TransferStatus status;

    public TransferNotPendingException(UUID transferId, TransferStatus status) {
        super(status == TransferStatus.EXPIRED ? Refusal.TRANSFER_EXPIRED : Refusal.TRANSFER_NOT_PENDING,
                "transfer " + transferId + " is " + status.name().toLowerCase() + ", not pending");
        this.status = status;
    }

    /** Where the transfer stands instead. */
    public TransferStatus status() {
        return status;
    }
}
