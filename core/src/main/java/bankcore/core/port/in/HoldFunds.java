package bankcore.core.port.in;

import bankcore.core.domain.IdempotencyKey;
import bankcore.core.domain.Money;
import bankcore.core.domain.Outcome;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.port.in.TransferMoney.Posted;
import bankcore.core.port.in.TransferMoney.TransferCommand;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Two-phase transfers. A hold reserves its amount on the debit account (its available balance goes
 * down, its balance does not) and promises it to the credit account; a capture posts all or part of
 * it (the rest is released), a void releases it, and it expires by itself once its timeout passes.
 * Each of the three ends it once: a second attempt is refused.
 */
public interface HoldFunds {
    Duration DEFAULT_TIMEOUT = Duration.ofDays(7);
    Duration MIN_TIMEOUT = Duration.ofSeconds(1);
    Duration MAX_TIMEOUT = Duration.ofDays(30);

    /** One transfer, posted or held, durable when this returns. */
    Posted submit(Movement movement);

    /** All of them or none, posted and held items alike: the first refusal rolls back the batch and is thrown. */
    List<Transfer> submitAll(List<Movement> movements);

    /** Each on its own, committed together: one outcome per movement. */
    List<Outcome<Posted>> submitEach(List<Movement> movements);

    /** Posts the hold's amount, or less (the rest released): the capture entry that ends it. */
    Posted capture(Capture command);

    /** Releases the hold: the void entry that ends it. */
    Posted voidHold(VoidHold command);

    /**
     * Captures every hold, or none of them (for instance the holds one batch created): the first refusal rolls
     * back the batch and is thrown as a {@link bankcore.core.domain.BatchItemRefusedException} naming the item. A
     * hold already past its timeout is expired first, as for one capture, and that expiry stays.
     */
    List<Transfer> captureAll(List<Capture> commands);

    /** Voids every hold, or none of them; refusals and expiries as for {@link #captureAll}. */
    List<Transfer> voidAll(List<VoidHold> commands);

    /**
     * Expires the holds whose timeout has passed by the ledger's clock, earliest first, up to a
     * bounded number per call; returns how many it expired. Capture and void expire their own
     * hold first when it is due, so a caller never needs to run this to be refused correctly.
     */
    int expireDue();

    /**
     * @param holdFor empty to post at once; else how long the hold stays open, 1 s to 30 days
     */
    record Movement(TransferCommand transfer, Optional<Duration> holdFor) {
        public Movement {
            Objects.requireNonNull(transfer, "transfer");
            Objects.requireNonNull(holdFor, "holdFor");
            holdFor.ifPresent(timeout -> {
                if (timeout.compareTo(MIN_TIMEOUT) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0) {
                    throw Refusal.INVALID_ARGUMENT.because("a hold's timeout must be 1 s to 30 days, got "
                            + timeout.toSeconds() + " s");
                }
            });
        }

        public static Movement posted(TransferCommand transfer) {
            return new Movement(transfer, Optional.empty());
        }

        public static Movement held(TransferCommand transfer, Duration holdFor) {
            return new Movement(transfer, Optional.of(holdFor));
        }
    }

    /**
     * @param amount empty to capture all of it
     * @param initiatedBy the customer asking, who must own the hold's debit account; empty for a trusted caller
     */
    record Capture(UUID holdId, Optional<Money> amount, Optional<IdempotencyKey> idempotencyKey,
                   OptionalLong initiatedBy) {
        public Capture {
            Objects.requireNonNull(holdId, "holdId");
            Objects.requireNonNull(amount, "amount");
            amount.ifPresent(Transfer::requireTransferable);
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(initiatedBy, "initiatedBy");
        }

        public static Capture all(UUID holdId) {
            return new Capture(holdId, Optional.empty(), Optional.empty(), OptionalLong.empty());
        }
    }

    /** @param initiatedBy as for {@link Capture} */
    record VoidHold(UUID holdId, Optional<IdempotencyKey> idempotencyKey, OptionalLong initiatedBy) {
        public VoidHold {
            Objects.requireNonNull(holdId, "holdId");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(initiatedBy, "initiatedBy");
        }

        public static VoidHold of(UUID holdId) {
            return new VoidHold(holdId, Optional.empty(), OptionalLong.empty());
        }
    }
}
