package bankcore.core.port.out;

import bankcore.core.domain.AuditEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The committed audit log. */
public interface AuditReader {

    /** Rows with a sequence below {@code beforeSequence}, newest first. */
    List<AuditEntry> auditLog(long beforeSequence, int limit);

    /**
     * The account's last {@code SET_CREDIT_LIMIT} row (highest sequence) with a time at or before
     * {@code instant}, if any: the credit limit's history, one look-up per instant.
     */
    Optional<AuditEntry> lastCreditLimitChange(long accountId, Instant instant);
}
