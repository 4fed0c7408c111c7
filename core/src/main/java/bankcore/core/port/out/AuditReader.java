package bankcore.core.port.out;

import bankcore.core.domain.AuditEntry;

import java.util.List;

/** The committed audit log. */
public interface AuditReader {

    /** Rows with a sequence below {@code beforeSequence}, newest first. */
    List<AuditEntry> auditLog(long beforeSequence, int limit);
}
