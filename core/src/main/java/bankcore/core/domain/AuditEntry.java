package bankcore.core.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One row of the append-only audit log, written in the same store transaction as what it records.
 *
 * @param sequence   its place in the log, from 1, gap-free; 0 until the store assigns it
 * @param at         when it happened: a movement's journal time, a control's time from the clock
 * @param context    who, from where, in which request
 * @param accountId  the account acted on: a movement's debit account, a control's account
 * @param transferId the transfer a movement posted; empty for a control
 * @param creditLimitMinor the limit a {@code SET_CREDIT_LIMIT} set, so the limit in force at any instant
 *                         is a look-up; empty for every other action, and for the rows written before the
 *                         log kept it
 */
public record AuditEntry(long sequence, Instant at, AuditAction action, AuditContext context, long accountId,
                         Optional<UUID> transferId, OptionalLong creditLimitMinor) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(creditLimitMinor, "creditLimitMinor");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        if (creditLimitMinor.isPresent() && action != AuditAction.SET_CREDIT_LIMIT) {
            throw new IllegalArgumentException("only a credit-limit change records a limit, not " + action);
        }
    }

    /** A row that records no credit limit: every action but {@code SET_CREDIT_LIMIT}. */
    public AuditEntry(long sequence, Instant at, AuditAction action, AuditContext context, long accountId,
                      Optional<UUID> transferId) {
        this(sequence, at, action, context, accountId, transferId, OptionalLong.empty());
    }

    /** The row for a posted transfer: a deposit or withdrawal when one side is the bank's cash account. */
    public static AuditEntry ofMovement(Transfer transfer, boolean fromCash, boolean toCash, AuditContext context) {
        AuditAction action = switch (transfer.kind()) {
            case HOLD -> AuditAction.HOLD;
            case CAPTURE -> AuditAction.CAPTURE;
            case VOID -> AuditAction.VOID;
            case EXPIRY -> AuditAction.EXPIRY;
            case POSTED -> transfer.reverses() != null ? AuditAction.REVERSAL
                    : fromCash ? AuditAction.DEPOSIT : toCash ? AuditAction.WITHDRAWAL : AuditAction.TRANSFER;
        };
        return new AuditEntry(0, transfer.createdAt(), action, context, transfer.debitAccountId(),
                Optional.of(transfer.id()));
    }

    public AuditEntry withSequence(long assigned) {
        return new AuditEntry(assigned, at, action, context, accountId, transferId, creditLimitMinor);
    }
}
