package bankcore.core.port.in;

import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Transfer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Moves money between accounts, exactly once. */
public interface TransferMoney {

    /** One transfer, durable when this returns. */
    Posted transfer(TransferCommand command);

    /** The seed's transfer: from the sender's first account in the currency to the receiver's. */
    Posted transferToCustomer(ToCustomer command);

    /**
     * All of them or none: the first refusal rolls back the whole batch and is thrown as a
     * {@link bankcore.core.domain.BatchItemRefusedException} that names the refused item. A batch of the wrong
     * size is refused as a whole, with a plain {@code LedgerException}.
     */
    List<Transfer> transferAll(List<TransferCommand> commands);

    /** Each on its own, committed together: one outcome per command. The fast path for bulk loads. */
    List<Outcome<Posted>> transferEach(List<TransferCommand> commands);

    /** Undoes a transfer with a new one in the opposite direction that points at it. */
    Posted reverse(UUID transferId, String description, Optional<IdempotencyKey> idempotencyKey);

    /**
     * @param initiatedBy the customer asking, who must own the debit account; empty for a trusted
     *                    caller (an operator, an embedding application)
     */
    record TransferCommand(long fromAccountId, long toAccountId, Money amount, String description,
                   Optional<IdempotencyKey> idempotencyKey, OptionalLong initiatedBy) {
        public TransferCommand {
            Transfer.requireTransferable(amount);
            description = Transfer.requireDescription(description);
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(initiatedBy, "initiatedBy");
        }

        public static TransferCommand of(long fromAccountId, long toAccountId, Money amount, String description) {
            return new TransferCommand(fromAccountId, toAccountId, amount, description, Optional.empty(),
                    OptionalLong.empty());
        }
    }

    record ToCustomer(long senderCustomerId, long receiverCustomerId, Money amount, String description,
                      Optional<IdempotencyKey> idempotencyKey) {
        public ToCustomer {
            Transfer.requireTransferable(amount);
            description = Transfer.requireDescription(description);
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }

    /** A transfer as the caller gets it back; {@code replayed} when an idempotency key matched an earlier request. */
    record Posted(Transfer transfer, boolean replayed) {
    }
}
