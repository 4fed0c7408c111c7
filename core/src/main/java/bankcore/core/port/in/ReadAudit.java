package bankcore.core.port.in;

import bankcore.core.domain.AuditEntry;
import bankcore.core.domain.Page;

import java.util.Optional;

/** The audit log of money movements and account controls, newest first, for an admin. */
public interface ReadAudit {

    Page<AuditEntry> auditLog(Optional<String> cursor, int limit);
}
