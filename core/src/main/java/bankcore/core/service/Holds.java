package bankcore.core.service;

import bankcore.core.domain.Account;
import bankcore.core.domain.Money;
import bankcore.core.domain.Refusal;
import bankcore.core.domain.Transfer;
import bankcore.core.domain.TransferKind;
import bankcore.core.domain.TransferNotPendingException;
import bankcore.core.domain.TransferStatus;
import bankcore.core.port.out.LedgerTransaction;
import bankcore.core.service.Posting.Entry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The rules of a hold's life, applied inside the store's write transaction: opening one against the
 * debit account's available balance, and ending it once, by capture, void or expiry. Whether a hold
 * has expired is decided here from the ledger's clock, so every writer decides it the same way.
 */
final class Holds {
    /** Bounds one expiry sweep, so a backlog of due holds never makes one long transaction. */
    static final int MAX_EXPIRED_PER_SWEEP = 1_000;

    private final Posting posting;

    Holds(Posting posting) {
        this.posting = posting;
    }

    Transfer open(LedgerTransaction tx, Parties parties, Money amount, String description, Duration holdFor) {
        return posting.record(tx, parties.from().hold(amount), parties.to().expectCredit(amount), amount, description,
                null, Entry.hold(holdFor));
    }

    Transfer capture(LedgerTransaction tx, UUID holdId, Optional<Money> amount, OptionalLong initiatedBy) {
        Transfer hold = pending(tx, holdId, initiatedBy);
        Money captured = amount.orElse(hold.amount());
        if (!captured.currency().equals(hold.amount().currency())) {
            throw Refusal.CURRENCY_MISMATCH.because("transfer " + holdId + " holds " + hold.amount() + ", not "
                    + captured.currency().getCurrencyCode());
        }
        if (captured.amountMinor() > hold.amount().amountMinor()) {
            throw Refusal.CAPTURE_EXCEEDS_HOLD.because("transfer " + holdId + " holds " + hold.amount()
                    + ", less than the " + captured + " to capture");
        }
        Account debit = released(tx, hold, true).debit(captured);
        Account credit = released(tx, hold, false).credit(captured);
        return posting.record(tx, debit, credit, captured, hold.description(), null,
                Entry.ending(TransferKind.CAPTURE, holdId));
    }

    Transfer voidHold(LedgerTransaction tx, UUID holdId, OptionalLong initiatedBy) {
        return end(tx, pending(tx, holdId, initiatedBy), TransferKind.VOID);
    }

    /** Expires the hold when it is still open and due; does nothing otherwise (nor for an unknown id). */
    Optional<Transfer> expireIfDue(LedgerTransaction tx, UUID holdId) {
        return tx.transfer(holdId)
                .filter(Transfer::isHold)
                .filter(hold -> isDue(hold) && tx.endingOf(holdId).isEmpty())
                .map(hold -> end(tx, hold, TransferKind.EXPIRY));
    }

    /** Expires the due holds, earliest first, up to {@link #MAX_EXPIRED_PER_SWEEP}. */
    int expireDue(LedgerTransaction tx) {
        List<Transfer> due = tx.holdsDueBy(posting.now(), MAX_EXPIRED_PER_SWEEP);
        due.forEach(hold -> end(tx, hold, TransferKind.EXPIRY));
        return due.size();
    }

    private boolean isDue(Transfer hold) {
        return !posting.now().isBefore(hold.expiresAt());
    }

    /** Releases the whole hold on both sides and records why it ended; no balance moves. */
    private Transfer end(LedgerTransaction tx, Transfer hold, TransferKind kind) {
        return posting.record(tx, released(tx, hold, true), released(tx, hold, false), hold.amount(),
                hold.description(), null, Entry.ending(kind, hold.id()));
    }

    private static Account released(LedgerTransaction tx, Transfer hold, boolean debitSide) {
        long accountId = debitSide ? hold.debitAccountId() : hold.creditAccountId();
        return Posting.requireAccount(tx, accountId).release(hold.amount(), debitSide);
    }

    /**
     * The hold, if the one asking may end it (only the debit account's owner, or a trusted caller;
     * to anyone else it does not exist) and it is still pending.
     */
    private Transfer pending(LedgerTransaction tx, UUID holdId, OptionalLong initiatedBy) {
        Transfer transfer = tx.transfer(holdId)
                .filter(t -> initiatedBy.isEmpty()
                        || Posting.requireAccount(tx, t.debitAccountId()).isOwnedBy(initiatedBy.getAsLong()))
                .orElseThrow(() -> Refusal.TRANSFER_NOT_FOUND.because("transfer " + holdId + " does not exist"));
        if (!transfer.isHold()) {
            throw new TransferNotPendingException(holdId, TransferStatus.of(transfer, Optional.empty()));
        }
        Optional<Transfer> ending = tx.endingOf(holdId);
        if (ending.isPresent()) {
            throw new TransferNotPendingException(holdId, TransferStatus.of(transfer, ending));
        }
        if (isDue(transfer)) {
            throw new TransferNotPendingException(holdId, TransferStatus.EXPIRED);
        }
        return transfer;
    }
}
